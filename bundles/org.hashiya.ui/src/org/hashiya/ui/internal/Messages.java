package org.hashiya.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI's strings; the texts are in {@code messages.properties}. */
public final class Messages extends NLS {

	public static String ArticleEditor_annotator;
	public static String ArticleEditor_status;
	public static String ArticleEditor_snappingOn;
	public static String ArticleEditor_snappingOff;
	public static String ArticleEditor_notAnArticle;
	public static String ArticleEditor_notAProject;
	public static String ArticleEditor_cannotOpenProject;
	public static String ArticleEditor_spansNotShown;
	public static String ArticleEditor_notEditable;
	public static String ArticleEditor_noSpans;
	public static String ArticleEditor_noSpanSelected;
	public static String ArticleEditor_nothingToLabel;
	public static String ArticleEditor_cannotExecute;
	public static String ArticleEditor_spanTooltip;
	public static String ArticleEditor_saveFailed;
	public static String ArticleEditor_revertFailed;
	public static String ArticleEditor_errorTitle;
	public static String ArticleEditor_unsavedTitle;
	public static String ArticleEditor_unsavedQuestion;
	public static String ArticleEditor_save;
	public static String ArticleEditor_discard;
	public static String ArticleEditor_cancel;
	public static String ArticleEditor_allFinished;
	public static String ArticleEditor_noSuggestion;
	public static String ArticleEditor_suggestionTooltip;
	public static String SuggestJob_name;
	public static String SuggestJob_failed;
	public static String SuggesterTraining_name;
	public static String SuggestEverywhere_name;
	public static String SuggestEverywhere_saveFailed;
	public static String ModelReport_title;
	public static String ModelReport_tooFew;
	public static String ModelReport_intro;
	public static String Action_undo;
	public static String Action_redo;
	public static String Action_revert;
	public static String Action_deleteSpan;
	public static String Status_new;
	public static String Status_inProgress;
	public static String Status_finished;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
