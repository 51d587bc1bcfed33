package org.hashiya.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The UI plug-in: keeps the open annotation projects and reports errors to the Error Log. */
public final class HashiyaUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.hashiya.ui";

	/** Stored inverted so that the preference's default, false, means snapping. */
	private static final String EXACT_SELECTION = "exactSelection";
	private static final String SUGGEST_ON_OPEN = "suggestOnOpen";

	private static HashiyaUiPlugin instance;

	private final OpenProjects openProjects = new OpenProjects();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static HashiyaUiPlugin getDefault() {
		return instance;
	}

	/** @return whether new spans snap to whole words without proclitics (the default) */
	public boolean isSnapping() {
		return !getPreferenceStore().getBoolean(EXACT_SELECTION);
	}

	public void setSnapping(boolean snapping) {
		getPreferenceStore().setValue(EXACT_SELECTION, !snapping);
	}

	/** @return whether an article editor suggests spans as soon as it opens an article without pending suggestions */
	public boolean isSuggestingOnOpen() {
		return getPreferenceStore().getBoolean(SUGGEST_ON_OPEN);
	}

	public void setSuggestingOnOpen(boolean suggesting) {
		getPreferenceStore().setValue(SUGGEST_ON_OPEN, suggesting);
	}

	public OpenProjects openProjects() {
		return openProjects;
	}

	/** Writes {@code error} to the Error Log with a message that says what the user was doing. */
	public static void log(String message, Throwable error) {
		getDefault().getLog().log(new Status(IStatus.ERROR, ID, message, error));
	}
}
