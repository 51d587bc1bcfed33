package org.hashiya.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of an {@link AgreementStudy}: one row per group of annotators, article (and the
 * corpus), label (and all labels) and measure, in that order.
 */
public final class AgreementTable {

	private final List<String> annotators;
	private final List<AgreementRow> rows;

	AgreementTable(List<String> annotators, List<AgreementRow> rows) {
		this.annotators = List.copyOf(annotators);
		this.rows = List.copyOf(rows);
	}

	/** @return every annotator of the corpus, in name order */
	public List<String> annotators() {
		return annotators;
	}

	public List<AgreementRow> rows() {
		return rows;
	}

	/** @return the row of these annotators (in name order) on the article or {@link AgreementRow#CORPUS}, if defined */
	public Optional<AgreementRow> row(List<String> raters, String article, String label, Measure measure) {
		return rows.stream()
				.filter(row -> row.annotators().equals(raters) && row.article().equals(article) && row.label().equals(label) && row.measure() == measure)
				.findFirst();
	}

	/**
	 * @return the ids of the compared articles, the one where annotators disagree most first: by the
	 *         lowest alpha for unitizing over all labels of any pair (or all) of its annotators
	 */
	public List<String> articlesByDisagreement() {
		Map<String, Double> lowest = new TreeMap<>();
		for (AgreementRow row : rows) {
			if (!row.isCorpus() && row.isAllLabels() && row.measure() == Measure.KRIPPENDORFF_ALPHA_UNITIZING) {
				lowest.merge(row.article(), row.value(), Math::min);
			}
		}
		return lowest.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
	}

	/** @return the corpus rows, then each article's rows, the article where annotators disagree most first */
	public List<AgreementRow> rowsByDisagreement() {
		List<AgreementRow> sorted = new ArrayList<>(rows.stream().filter(AgreementRow::isCorpus).toList());
		for (String article : articlesByDisagreement()) {
			sorted.addAll(rows.stream().filter(row -> row.article().equals(article)).toList());
		}
		return sorted;
	}
}
