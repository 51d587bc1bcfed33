package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.hashiya.uima.suggest.gazetteer.CorpusMemorySuggesterProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusMemorySuggesterTest {

	private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "DATE");

	@TempDir
	Path corpus;

	private final SuggestionPipeline tokenizer;

	CorpusMemorySuggesterTest() throws IOException {
		tokenizer = SuggestionPipeline.of(List.of());
	}

	@AfterEach
	void close() {
		tokenizer.close();
	}

	@Test
	void namesLearnedFromOneArticleAreFoundInAnotherAfterProclitics() throws IOException {
		List<LabeledText> articles = sampleArticles();
		Suggester memory = new CorpusMemorySuggesterProvider().create(SuggestionContext.of(LABELS, List.of(articles.get(0))));
		LabeledText other = articles.get(1);

		List<LabeledSpan> suggestions = memory.suggest(tokenizer.analyze(other.text()));

		// وواشنطن, بالعراق and للعراق in 001, learned from واشنطن and العراق in 000
		for (LabeledSpan expected : List.of(LabeledSpan.of(590, 596, "LOC"), LabeledSpan.of(786, 792, "LOC"), LabeledSpan.of(1797, 1802, "LOC"))) {
			assertTrue(other.spans().contains(expected), "gold of 001 has " + expected);
			assertTrue(suggestions.stream().anyMatch(expected::sameAs), "suggested: " + other.covered(expected) + " at " + expected.begin());
		}
		assertEquals(List.of("واشنطن", "العراق", "لعراق"), List.of(other.text().substring(590, 596), other.text().substring(786, 792),
				other.text().substring(1797, 1802)));
	}

	@Test
	void everyGoldLocationOfAnotherArticleThatArticle000NamesIsSuggestedInPlace() throws IOException {
		List<LabeledText> articles = sampleArticles();
		LabeledText learned = articles.get(0);
		Suggester memory = new CorpusMemorySuggesterProvider().create(SuggestionContext.of(LABELS, List.of(learned)));
		List<String> learnedLocations = learned.spans().stream().filter(span -> span.label().equals("LOC")).map(learned::covered).toList();

		for (LabeledText other : articles.subList(1, articles.size())) {
			List<LabeledSpan> suggestions = memory.suggest(tokenizer.analyze(other.text()));
			List<LabeledSpan> expected = other.spans().stream()
					.filter(span -> span.label().equals("LOC") && learnedLocations.contains(other.covered(span))).toList();
			assertTrue(expected.size() >= 10, other.id() + " shares locations with 000");
			for (LabeledSpan span : expected) {
				assertTrue(suggestions.stream().anyMatch(span::sameAs), other.id() + ": " + other.covered(span) + " at " + span.begin());
			}
		}
	}

	@Test
	void theMostFrequentLabelWinsWithItsShareAsScore() throws IOException {
		String text = "بثت الجزيرة الخبر، ونقلت الجزيرة عنه، وفي جزيرة الجزيرة";
		LabeledText accepted = new LabeledText("a", text,
				List.of(LabeledSpan.of(4, 11, "ORG"), LabeledSpan.of(25, 32, "ORG"), LabeledSpan.of(text.length() - 7, text.length(), "LOC")));
		Suggester memory = new CorpusMemorySuggesterProvider().create(SuggestionContext.of(LABELS, List.of(accepted)));
		String other = "وقالت قناة الجزيرة";

		assertEquals(List.of(LabeledSpan.suggested(11, 18, "ORG", 2.0 / 3, CorpusMemorySuggesterProvider.SOURCE)),
				memory.suggest(tokenizer.analyze(other)));
	}

	@Test
	void strayLettersPunctuationAndUnknownLabelsAreNotRemembered() throws IOException {
		String text = "قال ب، إن أوباما";
		LabeledText accepted = new LabeledText("a", text,
				List.of(LabeledSpan.of(4, 5, "PER"), LabeledSpan.of(5, 6, "LOC"), LabeledSpan.of(10, 16, "PRODUCT")));
		Suggester memory = new CorpusMemorySuggesterProvider().create(SuggestionContext.of(LABELS, List.of(accepted)));

		assertEquals(List.of(), memory.suggest(tokenizer.analyze(text)));
	}

	private List<LabeledText> sampleArticles() throws IOException {
		SampleCorpus.copyArticlesTo(corpus);
		SampleCorpus.copyGoldSpansTo(corpus);
		return ArticleFolders.readLabeled(corpus, corpus);
	}
}
