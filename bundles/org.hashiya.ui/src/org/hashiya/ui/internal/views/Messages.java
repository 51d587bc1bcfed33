package org.hashiya.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** The strings of the Hashiya views; the texts are in {@code messages.properties}. */
final class Messages extends NLS {

	public static String LabelPaletteView_label;
	public static String LabelPaletteView_key;
	public static String LabelPaletteView_spans;
	public static String LabelPaletteView_description;
	public static String LabelPaletteView_keys;
	public static String LabelPaletteView_howTo;
	public static String LabelPaletteView_noArticle;
	public static String CorpusView_article;
	public static String CorpusView_title;
	public static String CorpusView_status;
	public static String CorpusView_spans;
	public static String CorpusView_assigned;
	public static String CorpusView_assignedToYou;
	public static String CorpusView_cannotReadAssignments;
	public static String CorpusView_articleInProject;
	public static String CorpusView_oneProject;
	public static String CorpusView_allProjects;
	public static String CorpusView_noProject;
	public static String CorpusView_cannotOpenProject;
	public static String SpanOutlinePage_label;
	public static String SpanOutlinePage_span;
	public static String SpanProperties_label;
	public static String SpanProperties_begin;
	public static String SpanProperties_end;
	public static String SpanProperties_text;
	public static String SpanProperties_annotator;
	public static String SpanProperties_origin;
	public static String SpanProperties_note;
	public static String SpanOrigin_manual;
	public static String SpanOrigin_acceptedSuggestion;
	public static String SpanOrigin_imported;
	public static String SuggestionsView_article;
	public static String SuggestionsView_text;
	public static String SuggestionsView_label;
	public static String SuggestionsView_score;
	public static String SuggestionsView_source;
	public static String SuggestionsView_filter;
	public static String SuggestionsView_listed;
	public static String SuggestionsView_noArticle;
	public static String SuggestionsView_noSuggestions;
	public static String SuggestionsView_acceptSelected;
	public static String SuggestionsView_acceptSelectedTip;
	public static String SuggestionsView_rejectSelected;
	public static String SuggestionsView_rejectSelectedTip;
	public static String SuggestionsView_acceptAbove;
	public static String SuggestionsView_acceptAboveQuestion;
	public static String SuggestionsView_rejectBelow;
	public static String SuggestionsView_rejectBelowQuestion;
	public static String SuggestionsView_leastConfidentFirst;
	public static String SuggestionsView_leastConfidentFirstTip;
	public static String SuggestionsView_noneToDecide;
	public static String SuggestionsView_notAScore;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
