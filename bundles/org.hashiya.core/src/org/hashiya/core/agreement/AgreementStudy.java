package org.hashiya.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.ICodingAgreementMeasure;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.hashiya.core.spans.LabeledSpan;

/**
 * Inter-annotator agreement of a corpus, computed with DKPro Statistics: Krippendorff's alpha for
 * unitizing over the characters, and Cohen's kappa (Fleiss' kappa for three or more annotators)
 * over the tokens; for every pair of annotators and, with three or more, for all of them; for the
 * corpus and each article; over all labels and for each label.
 *
 * <p>A group of annotators is compared on the articles all of them worked on; the corpus rows
 * treat those articles as one text. Rows are left out where a coefficient is undefined: where
 * none of the annotators used the label, or where every token has the same label.</p>
 */
public final class AgreementStudy {

	private final Map<String, Tokens> tokensByArticle = new HashMap<>();

	private AgreementStudy() {
	}

	/** @throws IllegalArgumentException when the corpus has fewer than two annotators */
	public static AgreementTable of(AnnotatedCorpus corpus) {
		List<String> annotators = corpus.annotators();
		if (annotators.size() < 2) {
			throw new IllegalArgumentException("Agreement needs at least two annotators; the corpus has "
					+ (annotators.isEmpty() ? "none" : "only " + annotators.get(0)));
		}
		AgreementStudy study = new AgreementStudy();
		corpus.articles().forEach(article -> study.tokensByArticle.put(article.id(), Tokens.of(article.text())));
		List<AgreementRow> rows = new ArrayList<>();
		for (int first = 0; first < annotators.size(); first++) {
			for (int second = first + 1; second < annotators.size(); second++) {
				study.compare(List.of(annotators.get(first), annotators.get(second)), corpus, rows);
			}
		}
		if (annotators.size() > 2) {
			study.compare(annotators, corpus, rows);
		}
		return new AgreementTable(annotators, rows);
	}

	private void compare(List<String> raters, AnnotatedCorpus corpus, List<AgreementRow> rows) {
		List<AnnotatedArticle> shared = corpus.articles().stream().filter(article -> article.annotatedByAll(raters)).toList();
		if (shared.isEmpty()) {
			return;
		}
		compare(raters, AgreementRow.CORPUS, shared, rows);
		for (AnnotatedArticle article : shared) {
			compare(raters, article.id(), List.of(article), rows);
		}
	}

	/** Adds the rows of {@code raters} on {@code articles}, taken together as one text. */
	private void compare(List<String> raters, String scope, List<AnnotatedArticle> articles, List<AgreementRow> rows) {
		Map<String, Integer> spansByLabel = new TreeMap<>();
		for (AnnotatedArticle article : articles) {
			for (String rater : raters) {
				article.spans(rater).forEach(span -> spansByLabel.merge(span.label(), 1, Integer::sum));
			}
		}
		if (spansByLabel.isEmpty()) {
			return;
		}
		int spans = spansByLabel.values().stream().mapToInt(Integer::intValue).sum();
		int tokens = articles.stream().mapToInt(article -> tokensByArticle.get(article.id()).count()).sum();
		KrippendorffAlphaUnitizingAgreement alpha = new OncePerLabelAlpha(unitize(raters, articles));
		Measure coding = raters.size() == 2 ? Measure.COHEN_KAPPA : Measure.FLEISS_KAPPA;

		rows.add(new AgreementRow(raters, scope, AgreementRow.ALL, Measure.KRIPPENDORFF_ALPHA_UNITIZING, alpha.calculateAgreement(), spans, tokens));
		kappa(coding, raters, articles, span -> true)
				.ifPresent(value -> rows.add(new AgreementRow(raters, scope, AgreementRow.ALL, coding, value, spans, tokens)));
		spansByLabel.forEach((label, labelSpans) -> {
			rows.add(new AgreementRow(raters, scope, label, Measure.KRIPPENDORFF_ALPHA_UNITIZING, alpha.calculateCategoryAgreement(label), labelSpans, tokens));
			kappa(coding, raters, articles, span -> span.label().equals(label))
					.ifPresent(value -> rows.add(new AgreementRow(raters, scope, label, coding, value, labelSpans, tokens)));
		});
	}

	/**
	 * DKPro Statistics' alpha for unitizing, computing each label's disagreements once: the value
	 * over all labels averages them, and the per-label rows would otherwise compute them again.
	 */
	private static final class OncePerLabelAlpha extends KrippendorffAlphaUnitizingAgreement {

		private final Map<Object, Double> observed = new HashMap<>();
		private final Map<Object, Double> expected = new HashMap<>();

		OncePerLabelAlpha(UnitizingAnnotationStudy study) {
			super(study);
		}

		@Override
		protected double calculateObservedCategoryDisagreement(Object category) {
			return observed.computeIfAbsent(category, super::calculateObservedCategoryDisagreement);
		}

		@Override
		protected double calculateExpectedCategoryDisagreement(Object category) {
			return expected.computeIfAbsent(category, super::calculateExpectedCategoryDisagreement);
		}
	}

	/** The articles one after the other on one continuum of characters, a rater's spans as units. */
	private static UnitizingAnnotationStudy unitize(List<String> raters, List<AnnotatedArticle> articles) {
		long length = articles.stream().mapToLong(article -> article.text().length()).sum();
		UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters.size(), 0, length);
		long offset = 0;
		for (AnnotatedArticle article : articles) {
			for (int rater = 0; rater < raters.size(); rater++) {
				for (LabeledSpan span : withoutOverlaps(article.spans(raters.get(rater)))) {
					study.addUnit(offset + span.begin(), span.length(), rater, span.label());
				}
			}
			offset += article.text().length();
		}
		return study;
	}

	/**
	 * Joins one annotator's overlapping spans of the same label: alpha for unitizing assumes that the
	 * units of one category never overlap, and DKPro Statistics miscounts the gaps when they do.
	 */
	static List<LabeledSpan> withoutOverlaps(List<LabeledSpan> spans) {
		Map<String, List<LabeledSpan>> byLabel = new TreeMap<>();
		for (LabeledSpan span : spans) {
			List<LabeledSpan> joined = byLabel.computeIfAbsent(span.label(), label -> new ArrayList<>());
			LabeledSpan last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && span.begin() < last.end()) {
				joined.set(joined.size() - 1, LabeledSpan.of(last.begin(), Math.max(last.end(), span.end()), span.label()));
			} else {
				joined.add(span);
			}
		}
		return byLabel.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * Codes every token of the articles with each rater's label over it (spans chosen by
	 * {@code counted}; O outside them) and measures their agreement.
	 *
	 * @return empty when kappa is undefined because all tokens have one category
	 */
	private OptionalDouble kappa(Measure measure, List<String> raters, List<AnnotatedArticle> articles, Predicate<LabeledSpan> counted) {
		CodingAnnotationStudy study = new CodingAnnotationStudy(raters.size());
		for (AnnotatedArticle article : articles) {
			Tokens tokens = tokensByArticle.get(article.id());
			Object[][] categories = new Object[raters.size()][];
			for (int rater = 0; rater < raters.size(); rater++) {
				categories[rater] = tokens.categories(article.spans(raters.get(rater)).stream().filter(counted).toList());
			}
			for (int token = 0; token < tokens.count(); token++) {
				Object[] item = new Object[raters.size()];
				for (int rater = 0; rater < raters.size(); rater++) {
					item[rater] = categories[rater][token];
				}
				study.addItemAsArray(item);
			}
		}
		ICodingAgreementMeasure kappa = measure == Measure.COHEN_KAPPA ? new CohenKappaAgreement(study) : new FleissKappaAgreement(study);
		try {
			double value = kappa.calculateAgreement();
			return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
		} catch (InsufficientDataException e) {
			// Every token has the same category for everyone: chance agreement is 1, so kappa says nothing.
			return OptionalDouble.empty();
		}
	}
}
