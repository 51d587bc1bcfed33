package org.hashiya.core.agreement;

import java.util.List;

/**
 * One coefficient of an {@link AgreementTable}.
 *
 * @param annotators the two annotators of a pair, or all annotators for the overall rows
 * @param article    an article id, or {@link #CORPUS} for all articles the annotators share
 * @param label      a label, or {@link #ALL} for all labels together
 * @param value      1 for perfect agreement, 0 for agreement by chance, below 0 for less
 * @param spans      how many spans of the label these annotators made in the article (or corpus)
 * @param tokens     how many tokens the article (or corpus) has: the items of the kappa rows
 */
public record AgreementRow(List<String> annotators, String article, String label, Measure measure, double value, int spans, int tokens) {

	/** The article of the rows over every article the annotators share. */
	public static final String CORPUS = "(corpus)";
	/** The label of the rows over all labels, and the name of the overall rows of three or more annotators. */
	public static final String ALL = "(all)";

	public AgreementRow {
		annotators = List.copyOf(annotators);
	}

	/** @return "amal & gold" for a pair, {@link #ALL} for three or more annotators */
	public String raters() {
		return annotators.size() == 2 ? annotators.get(0) + " & " + annotators.get(1) : ALL;
	}

	public boolean isCorpus() {
		return CORPUS.equals(article);
	}

	public boolean isAllLabels() {
		return ALL.equals(label);
	}
}
