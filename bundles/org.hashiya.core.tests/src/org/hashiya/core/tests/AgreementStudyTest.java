package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hashiya.core.GoldSpansImporter;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.agreement.AgreementCsv;
import org.hashiya.core.agreement.AgreementRow;
import org.hashiya.core.agreement.AgreementStudy;
import org.hashiya.core.agreement.AgreementTable;
import org.hashiya.core.agreement.AnnotatedArticle;
import org.hashiya.core.agreement.AnnotatedCorpus;
import org.hashiya.core.agreement.Measure;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.model.Article;
import org.hashiya.model.Span;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement between annotators: documented examples whose values DKPro Statistics' own tests give,
 * and the sample gold against copies of it perturbed more and more.
 */
class AgreementStudyTest {

	private static final List<String> PAIR = List.of("gold", "other");
	private static final Set<String> GOLD_LABELS = Set.of("PER", "ORG", "LOC", "DATE");

	@TempDir
	Path folder;
	private List<LabeledText> gold;

	@BeforeEach
	void readTheSampleGold() throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		SampleCorpus.copyGoldSpansTo(folder.resolve("gold"));
		gold = ArticleFolders.readLabeled(folder, folder.resolve("gold"));
	}

	@Test
	void twoAnnotatorsWhoAgreePerfectlyGetOneEverywhere() throws IOException {
		SampleCorpus.copyGoldSpansTo(folder.resolve("other"));

		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.read(folder));

		assertEquals(PAIR, table.annotators());
		assertEquals(2 * (1 + gold.size()) * (1 + GOLD_LABELS.size()), table.rows().size(), "alpha-u and kappa for the corpus and each article, all labels and each");
		for (AgreementRow row : table.rows()) {
			assertEquals(1.0, row.value(), 1e-12, row.toString());
		}
	}

	/** Krippendorff (2004), Content Analysis, p. 254, as in DKPro Statistics' {@code unitizing.Krippendorff2004Test}. */
	@Test
	void krippendorffsUnitizingExampleGivesTheValuesOfTheBook() {
		// The book's continuum runs from 150 to 450; here the text starts at 150, so every offset is 150 less.
		List<LabeledSpan> first = List.of(span(75, 70, "c"), span(220, 30, "c"), span(30, 60, "k"), span(150, 50, "k"));
		List<LabeledSpan> second = List.of(span(70, 80, "c"), span(205, 20, "c"), span(250, 20, "c"), span(30, 60, "k"), span(150, 50, "k"));
		AnnotatedArticle article = new AnnotatedArticle("krippendorff-2004", "x".repeat(300), Map.of("i", first, "j", second));

		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.of(List.of(article)));

		assertEquals(0.8591, value(table, List.of("i", "j"), AgreementRow.CORPUS, AgreementRow.ALL, Measure.KRIPPENDORFF_ALPHA_UNITIZING), 0.0005);
		assertEquals(0.7286, value(table, List.of("i", "j"), AgreementRow.CORPUS, "c", Measure.KRIPPENDORFF_ALPHA_UNITIZING), 0.0001);
		assertEquals(1.0, value(table, List.of("i", "j"), AgreementRow.CORPUS, "k", Measure.KRIPPENDORFF_ALPHA_UNITIZING), 0.0001);
	}

	/**
	 * Cohen (1960), A Coefficient of Agreement for Nominal Scales, p. 45: 200 items in three
	 * categories, kappa 0.492, as in DKPro Statistics' {@code coding.Cohen1960Test}. Here the items
	 * are one-letter tokens, the categories A, B and no span.
	 */
	@Test
	void cohensExampleGivesTheKappaOfThePaper() {
		int[][] counts = { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } };
		String[] categories = { "A", "B", null };
		List<LabeledSpan> first = new ArrayList<>();
		List<LabeledSpan> second = new ArrayList<>();
		int token = 0;
		for (int row = 0; row < 3; row++) {
			for (int column = 0; column < 3; column++) {
				for (int count = 0; count < counts[row][column]; count++, token++) {
					if (categories[row] != null) {
						first.add(span(2 * token, 1, categories[row]));
					}
					if (categories[column] != null) {
						second.add(span(2 * token, 1, categories[column]));
					}
				}
			}
		}
		AnnotatedArticle article = new AnnotatedArticle("cohen-1960", "w ".repeat(token), Map.of("first", first, "second", second));

		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.of(List.of(article)));

		AgreementRow kappa = table.row(List.of("first", "second"), AgreementRow.CORPUS, AgreementRow.ALL, Measure.COHEN_KAPPA).orElseThrow();
		assertEquals(0.492, kappa.value(), 0.001);
		assertEquals(200, kappa.tokens());
	}

	@Test
	void agreementWithTheGoldFallsAsMoreSpansArePerturbed() throws IOException {
		double[] probabilities = { 0.1, 0.25, 0.5 };
		double previousAlpha = 1;
		double previousKappa = 1;
		for (double probability : probabilities) {
			writePerturbedGold("other", probability, 42);

			AgreementTable table = AgreementStudy.of(AnnotatedCorpus.read(folder));

			double alpha = value(table, PAIR, AgreementRow.CORPUS, AgreementRow.ALL, Measure.KRIPPENDORFF_ALPHA_UNITIZING);
			double kappa = value(table, PAIR, AgreementRow.CORPUS, AgreementRow.ALL, Measure.COHEN_KAPPA);
			System.out.printf(Locale.ROOT, "Sample gold against a copy with %.0f%% of spans perturbed: alpha-u %.4f, kappa %.4f; per label alpha-u %s%n",
					100 * probability, alpha, kappa, GOLD_LABELS.stream().sorted()
							.map(label -> String.format(Locale.ROOT, "%s %.4f", label, value(table, PAIR, AgreementRow.CORPUS, label, Measure.KRIPPENDORFF_ALPHA_UNITIZING)))
							.collect(Collectors.joining(", ")));
			assertTrue(alpha < previousAlpha, "alpha-u falls: " + alpha + " after " + previousAlpha);
			assertTrue(kappa < previousKappa, "kappa falls: " + kappa + " after " + previousKappa);
			previousAlpha = alpha;
			previousKappa = kappa;
		}
		assertTrue(previousAlpha > 0, "half the spans perturbed still agrees more than chance: " + previousAlpha);
	}

	@Test
	void everyArticleAndTheCorpusHaveARowPerLabelAndMeasure() throws IOException {
		writePerturbedGold("other", 0.25, 7);

		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.read(folder));

		List<String> scopes = new ArrayList<>(List.of(AgreementRow.CORPUS));
		gold.forEach(article -> scopes.add(article.id()));
		for (String scope : scopes) {
			for (String label : GOLD_LABELS) {
				for (Measure measure : List.of(Measure.KRIPPENDORFF_ALPHA_UNITIZING, Measure.COHEN_KAPPA)) {
					AgreementRow row = table.row(PAIR, scope, label, measure).orElseThrow(() -> new AssertionError(scope + " " + label + " " + measure));
					assertTrue(row.spans() > 0 && row.tokens() > 0, row.toString());
				}
			}
		}
		int corpusSpans = table.row(PAIR, AgreementRow.CORPUS, AgreementRow.ALL, Measure.COHEN_KAPPA).orElseThrow().spans();
		int perLabel = GOLD_LABELS.stream().mapToInt(label -> table.row(PAIR, AgreementRow.CORPUS, label, Measure.COHEN_KAPPA).orElseThrow().spans()).sum();
		assertEquals(corpusSpans, perLabel, "the spans of all labels are the spans of each label together");
	}

	@Test
	void theArticleWithTheMostPerturbedSpansComesFirst() throws IOException {
		Path other = Files.createDirectories(folder.resolve("other"));
		for (int index = 0; index < gold.size(); index++) {
			LabeledText article = gold.get(index);
			double probability = index == 2 ? 0.6 : 0.1;
			SpansTsv.write(other.resolve(article.id() + SpansTsv.EXTENSION),
					new LabeledText(article.id(), article.text(), PerturbedSpans.of(article.spans(), probability, 3)));
		}

		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.read(folder));

		assertEquals(gold.get(2).id(), table.articlesByDisagreement().get(0));
		List<AgreementRow> sorted = table.rowsByDisagreement();
		assertTrue(sorted.get(0).isCorpus(), "the corpus rows come first");
		assertEquals(gold.get(2).id(), sorted.stream().filter(row -> !row.isCorpus()).findFirst().orElseThrow().article());
		assertEquals(table.rows().size(), sorted.size(), "sorting keeps every row");
	}

	@Test
	void threeAnnotatorsGetEveryPairAndAnOverallAlphaAndFleissKappa() throws IOException {
		writePerturbedGold("other", 0.2, 1);
		writePerturbedGold("third", 0.4, 2);

		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.read(folder));

		List<String> all = List.of("gold", "other", "third");
		assertEquals(all, table.annotators());
		Set<String> groups = table.rows().stream().map(AgreementRow::raters).collect(Collectors.toSet());
		assertEquals(Set.of("gold & other", "gold & third", "other & third", AgreementRow.ALL), groups);
		double overallAlpha = value(table, all, AgreementRow.CORPUS, AgreementRow.ALL, Measure.KRIPPENDORFF_ALPHA_UNITIZING);
		double fleiss = value(table, all, AgreementRow.CORPUS, AgreementRow.ALL, Measure.FLEISS_KAPPA);
		assertTrue(overallAlpha > 0 && overallAlpha < 1, "alpha-u of all three: " + overallAlpha);
		assertTrue(fleiss > 0 && fleiss < 1, "Fleiss' kappa of all three: " + fleiss);
		assertTrue(table.row(all, AgreementRow.CORPUS, AgreementRow.ALL, Measure.COHEN_KAPPA).isEmpty(), "Cohen's kappa is for pairs only");
		assertTrue(value(table, List.of("gold", "other"), AgreementRow.CORPUS, AgreementRow.ALL, Measure.KRIPPENDORFF_ALPHA_UNITIZING)
				> value(table, List.of("gold", "third"), AgreementRow.CORPUS, AgreementRow.ALL, Measure.KRIPPENDORFF_ALPHA_UNITIZING),
				"the less perturbed copy agrees more with the gold");
	}

	@Test
	void anAnnotatorIsComparedOnlyOnTheArticlesTheyWorkedOn() throws IOException {
		writePerturbedGold("other", 0.0, 1);
		Files.delete(folder.resolve("other").resolve(gold.get(0).id() + SpansTsv.EXTENSION));

		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.read(folder));

		assertTrue(table.rows().stream().noneMatch(row -> row.article().equals(gold.get(0).id())), "no rows for an article only one annotator did");
		int tokensOfTheOthers = table.row(PAIR, gold.get(1).id(), AgreementRow.ALL, Measure.COHEN_KAPPA).orElseThrow().tokens()
				+ table.row(PAIR, gold.get(2).id(), AgreementRow.ALL, Measure.COHEN_KAPPA).orElseThrow().tokens()
				+ table.row(PAIR, gold.get(3).id(), AgreementRow.ALL, Measure.COHEN_KAPPA).orElseThrow().tokens();
		AgreementRow corpus = table.row(PAIR, AgreementRow.CORPUS, AgreementRow.ALL, Measure.COHEN_KAPPA).orElseThrow();
		assertEquals(tokensOfTheOthers, corpus.tokens(), "the corpus is the articles both worked on");
		assertEquals(1.0, corpus.value(), 1e-12, "missing work is not counted as disagreement");
	}

	@Test
	void aProjectGivesTheSameFiguresAsTheSameSpansInFolders() throws IOException {
		writePerturbedGold("other", 0.3, 5);
		AgreementTable fromFolders = AgreementStudy.of(AnnotatedCorpus.read(folder));
		ProjectFolder project = SampleProject.create(folder.resolve("project"));
		Map<Article, List<Span>> work = new HashMap<>();
		for (LabeledText article : ArticleFolders.readLabeled(folder, folder.resolve("other"))) {
			work.put(project.article(article.id()).orElseThrow(), article.spans().stream()
					.map(span -> GoldSpansImporter.importedSpan(span.begin(), span.end(), project.label(span.label()).orElseThrow())).toList());
		}
		GoldSpansImporter.addFinishedWork(project, "other", work);

		AgreementTable fromProject = AgreementStudy.of(AnnotatedCorpus.read(folder.resolve("project")));

		assertEquals(fromFolders.rows(), fromProject.rows());
	}

	@Test
	void theCsvHasAHeaderAndEveryRowAndQuotesWhatNeedsIt() throws IOException {
		writePerturbedGold("other", 0.25, 9);
		AgreementTable table = AgreementStudy.of(AnnotatedCorpus.read(folder));
		Path csv = folder.resolve("agreement.csv");

		AgreementCsv.write(csv, table.rowsByDisagreement());

		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("annotators,article,label,measure,value,spans,tokens", lines.get(0));
		assertEquals(table.rows().size() + 1, lines.size());
		assertTrue(lines.get(1).startsWith("gold & other,(corpus),(all),alpha-u,0."), lines.get(1));

		AgreementRow withComma = new AgreementRow(PAIR, "a,\"b\"", "LOC", Measure.COHEN_KAPPA, 0.5, 1, 2);
		AgreementCsv.write(csv, List.of(withComma));
		assertEquals("gold & other,\"a,\"\"b\"\"\",LOC,kappa,0.500000,1,2", Files.readAllLines(csv, StandardCharsets.UTF_8).get(1));
	}

	@Test
	void overlappingSpansOfOneLabelCountAsOneUnit() {
		String text = "x".repeat(100);
		AnnotatedArticle joined = new AnnotatedArticle("a", text, Map.of("one", List.of(span(10, 20, "LOC")), "two", List.of(span(10, 20, "LOC"))));
		AnnotatedArticle overlapping = new AnnotatedArticle("a", text,
				Map.of("one", List.of(span(10, 20, "LOC")), "two", List.of(span(10, 12, "LOC"), span(15, 15, "LOC"), span(11, 8, "LOC"))));

		double same = value(AgreementStudy.of(AnnotatedCorpus.of(List.of(joined))), List.of("one", "two"), AgreementRow.CORPUS, AgreementRow.ALL,
				Measure.KRIPPENDORFF_ALPHA_UNITIZING);
		double split = value(AgreementStudy.of(AnnotatedCorpus.of(List.of(overlapping))), List.of("one", "two"), AgreementRow.CORPUS, AgreementRow.ALL,
				Measure.KRIPPENDORFF_ALPHA_UNITIZING);

		assertEquals(1.0, same, 1e-12);
		assertEquals(1.0, split, 1e-12, "10–22, 11–19 and 15–30 join into 10–30, which the other annotator has as one span");
	}

	@Test
	void aSpanFileWithoutItsTextIsNamed() throws IOException {
		SampleCorpus.copyGoldSpansTo(folder.resolve("other"));
		Path orphan = folder.resolve("other").resolve("999_missing" + SpansTsv.EXTENSION);
		Files.writeString(orphan, "begin\tend\tlabel\ttext\n0\t3\tLOC\tabc\n", StandardCharsets.UTF_8);

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class, () -> AnnotatedCorpus.read(folder));

		assertEquals(orphan, error.file());
		assertTrue(error.getMessage().contains("there is no text"), error.getMessage());
	}

	@Test
	void aProjectWithAnAnnotationFileThatCannotBeLoadedIsRefusedNamingTheFile() throws IOException {
		Path projectFolder = folder.resolve("project");
		SampleProject.create(projectFolder);
		Path goldFile = projectFolder.resolve("annotations").resolve(SampleCorpus.GOLD_ANNOTATOR).resolve(gold.get(1).id() + ".tsv");
		Files.writeString(goldFile, Files.readString(goldFile).replaceFirst("\tLOC\t", "\tMISC\t"), StandardCharsets.UTF_8);

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class, () -> AnnotatedCorpus.read(projectFolder));

		assertEquals(goldFile, error.file());
		assertTrue(error.getMessage().contains("'MISC'"), error.getMessage());
	}

	@Test
	void oneAnnotatorIsNotEnough() throws IOException {
		AnnotatedCorpus onlyGold = AnnotatedCorpus.read(folder);

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> AgreementStudy.of(onlyGold));

		assertTrue(error.getMessage().contains("only gold"), error.getMessage());
		assertFalse(onlyGold.articles().isEmpty());
	}

	private void writePerturbedGold(String annotator, double probability, long seed) throws IOException {
		Path spans = Files.createDirectories(folder.resolve(annotator));
		for (LabeledText article : gold) {
			List<LabeledSpan> perturbed = PerturbedSpans.of(article.spans(), probability, seed);
			SpansTsv.write(spans.resolve(article.id() + SpansTsv.EXTENSION), new LabeledText(article.id(), article.text(), perturbed));
		}
	}

	private static double value(AgreementTable table, List<String> raters, String article, String label, Measure measure) {
		return table.row(raters, article, label, measure).orElseThrow(() -> new AssertionError("no row " + raters + " " + article + " " + label + " " + measure))
				.value();
	}

	private static LabeledSpan span(int begin, int length, String label) {
		return LabeledSpan.of(begin, begin + length, label);
	}
}
