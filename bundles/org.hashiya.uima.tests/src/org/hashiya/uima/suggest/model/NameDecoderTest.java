package org.hashiya.uima.suggest.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * The decoder finds what OpenNLP's own name finder finds with the same model, with the same
 * probabilities: in this package because both are the bundle's inner workings.
 */
class NameDecoderTest {

	private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "DATE");

	@TempDir
	Path folder;

	@Test
	void findsWhatOpenNlpsNameFinderFindsInEverySentenceOfEveryFold() throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		SampleCorpus.copyGoldSpansTo(folder);
		List<LabeledText> articles = ArticleFolders.readLabeled(folder, folder);
		int names = 0;
		try (SuggestionPipeline pipeline = SuggestionPipeline.of(List.of())) {
			for (int heldOut = 0; heldOut < articles.size(); heldOut++) {
				List<LabeledText> training = new ArrayList<>(articles);
				training.remove(heldOut);
				NameFinderSuggesterProvider.Trained trained = NameFinderSuggesterProvider.train(SuggestionContext.of(LABELS, training));
				NameFinderME reference = new ArabicNameFinderFactory().finder(trained.model());
				NameDecoder decoder = new NameDecoder(trained.model());
				// the held-out article, and the training ones, where the model finds far more
				for (LabeledText article : articles) {
					TokenizedArticle tokenized = TokenizedArticle.of(pipeline.analyze(article.text()), trained.gazetteer());
					reference.clearAdaptiveData();
					for (int sentence = 0; sentence < tokenized.sentenceCount(); sentence++) {
						String[] tokens = tokenized.tokens(sentence);
						String[][] marks = tokenized.context(sentence);
						Span[] expected = reference.find(tokens, marks);
						double[] probabilities = reference.probs(expected);
						List<NameDecoder.Name> found = decoder.find(tokens, marks);

						String where = article.id() + " sentence " + sentence + " with " + heldOut + " held out";
						assertEquals(List.of(expected), found.stream().map(NameDecoder.Name::span).toList(), where);
						assertArrayEquals(probabilities, found.stream().mapToDouble(NameDecoder.Name::probability).toArray(), where);
						names += expected.length;
					}
				}
			}
		}
		assertTrue(names > 100, "names found: " + names);
	}
}
