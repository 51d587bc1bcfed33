package org.hashiya.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI's strings; the texts are in {@code messages.properties}. */
public final class Messages extends NLS {

	public static String ArticleEditor_annotator;
	public static String ArticleEditor_status;
	public static String ArticleEditor_notAnArticle;
	public static String ArticleEditor_notAProject;
	public static String ArticleEditor_cannotOpenProject;
	public static String ArticleEditor_spansNotShown;
	public static String ArticleEditor_noSpans;
	public static String ArticleEditor_spanTooltip;
	public static String Status_new;
	public static String Status_inProgress;
	public static String Status_finished;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
