package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.suggest.SpanScores;
import org.hashiya.uima.suggest.SpanScores.Matching;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.hashiya.uima.suggest.model.CrossValidation;
import org.hashiya.uima.suggest.model.NameFinderSuggesterProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameFinderSuggesterTest {

	private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "DATE");

	@TempDir
	Path folder;

	private List<LabeledText> articles;

	@BeforeEach
	void readSampleCorpus() throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		SampleCorpus.copyGoldSpansTo(folder);
		articles = ArticleFolders.readLabeled(folder, folder);
	}

	@Test
	void trainedOnThreeArticlesItFindsGoldSpansInTheFourth() throws IOException {
		LabeledText heldOut = articles.get(3);
		long start = System.nanoTime();
		Suggester suggester = new NameFinderSuggesterProvider().create(SuggestionContext.of(LABELS, articles.subList(0, 3)));
		long trainingMillis = (System.nanoTime() - start) / 1_000_000;

		List<LabeledSpan> suggestions;
		try (SuggestionPipeline pipeline = SuggestionPipeline.of(List.of())) {
			suggestions = suggester.suggest(pipeline.analyze(heldOut.text()));
		}

		int found = 0;
		for (LabeledSpan suggestion : suggestions) {
			assertEquals("model", suggestion.source());
			assertTrue(LABELS.contains(suggestion.label()), suggestion.label());
			double score = suggestion.score().orElseThrow();
			assertTrue(score > 0 && score <= 1, "score " + score);
			String covered = heldOut.covered(suggestion);
			assertEquals(covered.strip(), covered, "no space around " + suggestion);
			for (LabeledSpan gold : heldOut.spans()) {
				if (gold.sameAs(suggestion)) {
					assertEquals(heldOut.covered(gold), heldOut.text().substring(suggestion.begin(), suggestion.end()));
					found++;
				}
			}
		}
		SpanScores scores = SpanScores.compare(heldOut.spans(), suggestions);
		System.out.println("Name finder trained on 3 articles in " + trainingMillis + " ms, on " + heldOut.id() + ":\n" + scores);
		assertTrue(found >= 40, found + " gold spans found exactly");
		assertTrue(trainingMillis < 10_000, "training took " + trainingMillis + " ms");
	}

	/** Each article in turn is held out, and scored once after learning from one other article, once from the three others. */
	@Test
	void moreAnnotatedArticlesMakeABetterModel() throws IOException {
		NameFinderSuggesterProvider provider = new NameFinderSuggesterProvider();
		SpanScores fromOne = SpanScores.NONE;
		SpanScores fromThree = SpanScores.NONE;
		for (int heldOut = 0; heldOut < articles.size(); heldOut++) {
			List<LabeledText> test = List.of(articles.get(heldOut));
			List<LabeledText> others = new ArrayList<>(articles);
			others.remove(heldOut);
			SpanScores one = CrossValidation.heldOut(provider, LABELS, others.subList(0, 1), test);
			SpanScores three = CrossValidation.heldOut(provider, LABELS, others, test);
			System.out.printf("Micro F1 (exact) on %s: trained on 1 article %.3f, on 3 articles %.3f%n", articles.get(heldOut).id(),
					one.micro(Matching.EXACT).f1(), three.micro(Matching.EXACT).f1());
			fromOne = fromOne.add(one);
			fromThree = fromThree.add(three);
		}
		double oneArticle = fromOne.micro(Matching.EXACT).f1();
		double threeArticles = fromThree.micro(Matching.EXACT).f1();
		System.out.printf("Micro F1 (exact) over all held-out articles: trained on 1 article %.3f, on 3 articles %.3f%n", oneArticle, threeArticles);
		assertTrue(threeArticles > oneArticle, "F1 " + threeArticles + " after 3 articles, " + oneArticle + " after 1");
	}

	@Test
	void leaveOneOutScoresEveryArticle() throws IOException {
		SpanScores scores = CrossValidation.kFold(new NameFinderSuggesterProvider(), LABELS, articles, articles.size());

		System.out.println("Name finder, leave-one-out over the sample corpus:\n" + scores);
		int goldSpans = articles.stream().mapToInt(article -> article.spans().size()).sum();
		SpanScores.Counts micro = scores.micro(Matching.EXACT);
		assertEquals(goldSpans, micro.truePositives() + micro.falseNegatives());
		assertTrue(micro.f1() > 0.3, "micro F1 " + micro.f1());
	}

	@Test
	void aCanceledContextStopsTraining() {
		NameFinderSuggesterProvider provider = new NameFinderSuggesterProvider();
		AtomicInteger checks = new AtomicInteger();

		assertThrows(CancellationException.class, () -> provider.create(new SuggestionContext(LABELS, articles, Optional.empty(), () -> true)));
		// canceled later: while OpenNLP reads the sentences, after the articles were analysed
		assertThrows(CancellationException.class,
				() -> provider.create(new SuggestionContext(LABELS, articles, Optional.empty(), () -> checks.incrementAndGet() > articles.size() + 10)));
	}

	@Test
	void withoutAcceptedSpansItSuggestsNothing() throws IOException {
		List<LabeledText> unlabeled = articles.stream().map(article -> new LabeledText(article.id(), article.text(), List.of())).toList();
		NameFinderSuggesterProvider provider = new NameFinderSuggesterProvider();

		try (SuggestionPipeline pipeline = SuggestionPipeline.of(List.of())) {
			for (List<LabeledText> accepted : List.of(List.<LabeledText>of(), unlabeled)) {
				Suggester suggester = provider.create(SuggestionContext.of(LABELS, accepted));
				assertEquals(List.of(), suggester.suggest(pipeline.analyze(articles.get(0).text())));
			}
		}
	}
}
