package org.hashiya.ui.internal.agreement;

import org.eclipse.osgi.util.NLS;

/** The strings of the Agreement view; the texts are in {@code messages.properties}. */
final class Messages extends NLS {

	public static String AgreementView_rows;
	public static String AgreementView_corpusAndArticles;
	public static String AgreementView_corpus;
	public static String AgreementView_articles;
	public static String AgreementView_measure;
	public static String AgreementView_allMeasures;
	public static String AgreementView_annotatorsColumn;
	public static String AgreementView_articleColumn;
	public static String AgreementView_labelColumn;
	public static String AgreementView_measureColumn;
	public static String AgreementView_valueColumn;
	public static String AgreementView_spansColumn;
	public static String AgreementView_tokensColumn;
	public static String AgreementView_refresh;
	public static String AgreementView_refreshTip;
	public static String AgreementView_export;
	public static String AgreementView_exportTip;
	public static String AgreementView_exportTitle;
	public static String AgreementView_exportFailed;
	public static String AgreementView_noProject;
	public static String AgreementView_computing;
	public static String AgreementView_summary;
	public static String AgreementView_nobody;
	public static String AgreementView_onlyOne;
	public static String AgreementView_tooFewAnnotators;
	public static String AgreementView_failed;
	public static String AgreementView_chartTitle;
	public static String AgreementView_noLabels;
	public static String AgreementView_notInWorkspace;
	public static String AgreementJob_name;
	public static String AgreementJob_reading;
	public static String AgreementJob_comparing;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
