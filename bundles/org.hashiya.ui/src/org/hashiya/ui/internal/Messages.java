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
	public static String ArticleEditor_noSuggestersInCuration;
	public static String ArticleEditor_curationNeedsTwo;
	public static String ArticleEditor_curationSummary;
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
	public static String ImportCorpus_windowTitle;
	public static String ImportCorpus_pageTitle;
	public static String ImportCorpus_pageDescription;
	public static String ImportCorpus_format;
	public static String ImportCorpus_formatText;
	public static String ImportCorpus_formatHtml;
	public static String ImportCorpus_formatXmi;
	public static String ImportCorpus_formatConll;
	public static String ImportCorpus_formatJsonl;
	public static String ImportCorpus_formatTsv;
	public static String ImportCorpus_input;
	public static String ImportCorpus_chooseFile;
	public static String ImportCorpus_chooseFolder;
	public static String ImportCorpus_existingProject;
	public static String ImportCorpus_newProject;
	public static String ImportCorpus_annotator;
	public static String ImportCorpus_annotatorHint;
	public static String ImportCorpus_encoding;
	public static String ImportCorpus_automaticEncoding;
	public static String ImportCorpus_labelType;
	public static String ImportCorpus_labelTypeHint;
	public static String ImportCorpus_labelFeature;
	public static String ImportCorpus_labelFeatureHint;
	public static String ImportCorpus_strict;
	public static String ImportCorpus_noInput;
	public static String ImportCorpus_inputMissing;
	public static String ImportCorpus_noProject;
	public static String ImportCorpus_projectExists;
	public static String ImportCorpus_folderNotEmpty;
	public static String ImportCorpus_badEncoding;
	public static String ImportCorpus_featureWithoutType;
	public static String ImportCorpus_closeArticles;
	public static String ImportCorpus_jobName;
	public static String ImportCorpus_finishedTitle;
	public static String ImportCorpus_warnings;
	public static String ImportCorpus_close;
	public static String ImportCorpus_failedTitle;
	public static String ImportCorpus_failed;
	public static String ImportCorpus_notInWorkspace;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
