package org.hashiya.uima.suggest.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggesterProvider;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.hashiya.uima.suggest.gazetteer.GazetteerSuggesterProvider;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.FilterObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Makes suggesters that learn from the project's accepted spans: an Apache OpenNLP name finder
 * trained on the accepted articles, one sample per sentence, with our Arabic tokens and
 * {@link ArabicFeatureGenerator Arabic-aware features}, and the project's gazetteers as hints.
 * The model lives in memory only and is trained again for every suggester; articles without a
 * span of the project's labels are left out, as they are more likely not yet annotated than free
 * of names.
 */
public final class NameFinderSuggesterProvider implements SuggesterProvider {

	/** The source of the suggestions. */
	public static final String SOURCE = "model";

	private static final String LANGUAGE = "ar";
	/**
	 * The perceptron stops earlier once it makes no more mistakes on the training data, within a few
	 * iterations for a few articles. It did as well as maxent on the sample corpus, in a third of the time.
	 */
	private static final int ITERATIONS = 50;
	/** Keep features seen once: with a few articles, most names are seen once. */
	private static final int CUTOFF = 1;

	private static final Suggester UNTRAINED = new Suggester() {

		@Override
		public String source() {
			return SOURCE;
		}

		@Override
		public List<LabeledSpan> suggest(AnalyzedText text) {
			return List.of();
		}
	};

	@Override
	public String source() {
		return SOURCE;
	}

	/**
	 * Trains the name finder on {@code context}'s accepted articles.
	 *
	 * @return a suggester that suggests nothing if there are no accepted spans of the context's labels
	 * @throws java.util.concurrent.CancellationException when the context is canceled before training ends
	 */
	@Override
	public Suggester create(SuggestionContext context) throws IOException {
		Trained trained = train(context);
		if (trained == null) {
			return UNTRAINED;
		}
		return new NameFinderSuggester(new NameDecoder(trained.model()), trained.gazetteer(), trained.texts());
	}

	/**
	 * A name finder model, with what suggesting with it needs.
	 *
	 * @param gazetteer the suggester of the gazetteer marks the model learnt from
	 * @param texts     the training articles, whose words tell proclitics from first letters of names
	 */
	record Trained(TokenNameFinderModel model, Suggester gazetteer, List<String> texts) {
	}

	/**
	 * Trains the name finder on {@code context}'s accepted articles.
	 *
	 * @return the model, or null if there are no accepted spans of the context's labels
	 * @throws java.util.concurrent.CancellationException when the context is canceled before training ends
	 */
	static Trained train(SuggestionContext context) throws IOException {
		context.checkCanceled();
		Set<String> labels = Set.copyOf(context.labels());
		List<LabeledText> annotated = context.accepted().stream()
				.map(article -> new LabeledText(article.id(), article.text(), article.spans().stream().filter(span -> labels.contains(span.label())).toList()))
				.filter(article -> !article.spans().isEmpty()).toList();
		if (annotated.isEmpty()) {
			return null;
		}
		Suggester gazetteer = new GazetteerSuggesterProvider().create(context);
		List<NameSample> samples = new ArrayList<>();
		try (SuggestionPipeline pipeline = SuggestionPipeline.of(List.of())) {
			for (LabeledText article : annotated) {
				context.checkCanceled();
				samples.addAll(samples(TokenizedArticle.of(pipeline.analyze(article.text()), gazetteer), article.spans()));
			}
		}
		TokenNameFinderModel model = NameFinderME.train(LANGUAGE, null, canceling(samples, context), parameters(), new ArabicNameFinderFactory());
		context.checkCanceled();
		return new Trained(model, gazetteer, annotated.stream().map(LabeledText::text).toList());
	}

	/**
	 * @return one sample per sentence, with the spans as token spans: a span that starts at the stem
	 *         of a token, after its proclitics, takes the whole token; of nested or overlapping
	 *         spans only the longest is kept, and spans across sentences are dropped
	 */
	private static List<NameSample> samples(TokenizedArticle article, List<LabeledSpan> spans) {
		AnalyzedText text = article.text();
		List<List<Span>> names = new ArrayList<>();
		for (int sentence = 0; sentence < article.sentenceCount(); sentence++) {
			names.add(new ArrayList<>());
		}
		List<LabeledSpan> longestFirst = spans.stream()
				.sorted(Comparator.comparingInt(LabeledSpan::length).reversed().thenComparing(LabeledSpan.IN_TEXT_ORDER)).toList();
		for (LabeledSpan span : longestFirst) {
			int first = text.tokenAt(span.begin());
			int last = text.tokenAt(span.end() - 1);
			if (last >= text.tokenCount() || text.begin(last) >= span.end() || article.sentenceOf(first) != article.sentenceOf(last)) {
				continue;
			}
			int sentence = article.sentenceOf(first);
			int offset = article.firstToken(sentence);
			Span name = new Span(first - offset, last + 1 - offset, span.label());
			if (names.get(sentence).stream().noneMatch(name::intersects)) {
				names.get(sentence).add(name);
			}
		}
		List<NameSample> samples = new ArrayList<>();
		for (int sentence = 0; sentence < article.sentenceCount(); sentence++) {
			Span[] sorted = names.get(sentence).stream().sorted().toArray(Span[]::new);
			samples.add(new NameSample(article.tokens(sentence), sorted, article.context(sentence), sentence == 0));
		}
		return samples;
	}

	/** @return the samples as OpenNLP reads them, stopping its training once the work is canceled */
	private static ObjectStream<NameSample> canceling(List<NameSample> sentences, SuggestionContext context) {
		return new FilterObjectStream<NameSample, NameSample>(ObjectStreamUtils.createObjectStream(sentences)) {

			@Override
			public NameSample read() throws IOException {
				context.checkCanceled();
				return samples.read();
			}
		};
	}

	private static TrainingParameters parameters() {
		TrainingParameters parameters = new TrainingParameters();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
		parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
		// the default two-pass indexer writes the events to a temporary file
		parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
		return parameters;
	}
}
