package org.hashiya.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Who is annotating: a preference, defaulting to the operating-system user. */
public final class AnnotatorPreference {

	public static final String KEY = "annotator";

	private AnnotatorPreference() {
	}

	/** @return the current annotator's name, made safe to be a folder name */
	public static String currentAnnotator() {
		String fallback = System.getProperty("user.name", "annotator");
		String name = Platform.getPreferencesService().getString(HashiyaUiPlugin.ID, KEY, fallback, new IScopeContext[] { InstanceScope.INSTANCE });
		String safe = name.strip().replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[._-]+", "");
		return safe.isEmpty() ? "annotator" : safe;
	}
}
