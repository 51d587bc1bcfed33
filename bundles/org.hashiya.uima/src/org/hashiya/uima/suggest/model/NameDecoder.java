package org.hashiya.uima.suggest.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Finds names with a name finder model trained on the {@link ArabicNameFinderFactory} features:
 * what OpenNLP's {@link NameFinderME} finds, with the same probabilities to the last bit, in about
 * a quarter of its time. The finder makes most of the suggestion time, and OpenNLP's spends most
 * of its own on work that is the same for every tagging sequence of its beam: for each sequence
 * it makes all the features of a token again, though only four depend on the tags before it,
 * looks each one up in the model, adds up its weights and copies the sequence's tags. Here a
 * token's own features are weighed once, and for a word met before (news repeats its words) not
 * even looked up again: the words' weights are kept. Each sequence then adds only the weights of
 * its previous tags, in the order OpenNLP adds them, so that every sum, probability and choice of
 * the beam is the one OpenNLP makes. The sequences share their tags as chains.
 *
 * <p>So it follows how OpenNLP's name finder scores a model: a perceptron, the tags and their
 * validation from the model's codec, the features {@code DefaultNameContextGenerator} adds for
 * the previous tags and {@link NameFinderME} for the gazetteer marks, and its {@code BeamSearch}.
 * {@code NameDecoderTest} holds it to what {@link NameFinderME} finds in the sample articles, so
 * that an OpenNLP upgrade that changes any of these shows.</p>
 *
 * <p>Not thread-safe: one decoder per suggester, like a {@link NameFinderME}.</p>
 */
final class NameDecoder {

	/** Where OpenNLP's model file keeps the perceptron (its {@code TokenNameFinderModel.MAXENT_MODEL_ENTRY_NAME}). */
	private static final String MODEL_ENTRY = "nameFinder.model";
	/** The tag OpenNLP's context generator takes for the tags before the first token. */
	private static final String NO_TAG = NameFinderME.OTHER;
	/** The gazetteer marks of this many tokens on either side are features, as {@link NameFinderME} sets its window. */
	private static final int MARK_WINDOW = 8;
	/** The most words whose weights are kept, some megabytes' worth. */
	private static final int LEXICON_SIZE = 50_000;
	/** OpenNLP's beam search drops a sequence whose log probability falls below this. */
	private static final double MIN_SEQUENCE_SCORE = -100000;

	private final Map<String, Context> weights;
	private final String[] tags;
	/** How many tagging sequences the beam keeps, as {@link TokenNameFinderModel#getNameFinderSequenceModel()} reads it. */
	private final int beamSize;
	private final SequenceCodec<String> codec;
	private final SequenceValidator<String> validator;
	/** The weights of the previous-tag features ({@code po=} and {@code ppo=}), by tag: they do not depend on the token. */
	private final Map<String, Context> previousTag = new HashMap<>();
	private final Map<String, Context> tagBeforePrevious = new HashMap<>();
	/**
	 * The weights of the features of words met before. Most of a token's features are its word's
	 * and its neighbours' ({@link ArabicFeatureGenerator.Word}), and looking a feature up in the
	 * model is what costs most: news text repeats its words, so each word's are looked up once.
	 * Emptied when it holds {@value #LEXICON_SIZE} words.
	 */
	private final Map<String, WordWeights> lexicon = new HashMap<>();
	/** The weights of the position features, of which there are three. */
	private final Map<String, Context> positions = new HashMap<>();
	private final AdditionalContextFeatureGenerator marks = new AdditionalContextFeatureGenerator();
	private final WindowFeatureGenerator markWindow = new WindowFeatureGenerator(marks, MARK_WINDOW, MARK_WINDOW);

	/**
	 * @param trained a model {@link NameFinderME#train trained} with an {@link ArabicNameFinderFactory}
	 * @throws IllegalArgumentException if the model is not a perceptron
	 */
	NameDecoder(TokenNameFinderModel trained) {
		if (!(trained.getArtifact(MODEL_ENTRY) instanceof PerceptronModel perceptron)) {
			throw new IllegalArgumentException("The name finder model is not a perceptron: " + trained.getArtifact(MODEL_ENTRY));
		}
		@SuppressWarnings("unchecked")
		Map<String, Context> features = (Map<String, Context>) ((AbstractModel) perceptron).getDataStructures()[1];
		this.weights = features;
		this.tags = new String[perceptron.getNumOutcomes()];
		for (int tag = 0; tag < tags.length; tag++) {
			tags[tag] = perceptron.getOutcome(tag);
		}
		String beamSize = trained.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
		this.beamSize = beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
		this.codec = trained.getSequenceCodec();
		this.validator = codec.createSequenceValidator();
		for (String tag : tags) {
			previousTag.put(tag, weights.get("po=" + tag));
			tagBeforePrevious.put(tag, weights.get("ppo=" + tag));
		}
		previousTag.put(NO_TAG, weights.get("po=" + NO_TAG));
		tagBeforePrevious.put(NO_TAG, weights.get("ppo=" + NO_TAG));
	}

	/** A name found, as a span of tokens with its type, and the mean probability of its tags. */
	record Name(Span span, double probability) {
	}

	/**
	 * @param tokens the tokens of a sentence
	 * @param marks  the gazetteer marks of each token, as {@link TokenizedArticle#context} gives them
	 * @return the names in the sentence
	 */
	List<Name> find(String[] tokens, String[][] marks) {
		this.marks.setCurrentContext(marks);
		Sequence best = bestSequence(tokens, hasAny(marks));
		if (best == null) {
			return List.of();
		}
		List<String> outcomes = Arrays.asList(best.tags(tokens.length, tags));
		double[] probabilities = best.probabilities(tokens.length);
		List<Name> names = new ArrayList<>();
		for (Span span : codec.decode(outcomes)) {
			// NameFinderME.probs(Span[]): the mean, summed in token order
			double sum = 0;
			for (int token = span.getStart(); token < span.getEnd(); token++) {
				sum += probabilities[token];
			}
			names.add(new Name(span, sum / span.length()));
		}
		return names;
	}

	/** OpenNLP's {@code BeamSearch.bestSequences} for one sequence, step for step. */
	private Sequence bestSequence(String[] tokens, boolean marked) {
		WordWeights[] words = new WordWeights[tokens.length];
		for (int token = 0; token < tokens.length; token++) {
			words[token] = wordWeights(tokens[token]);
		}
		Queue<Sequence> previous = new PriorityQueue<>(beamSize);
		Queue<Sequence> next = new PriorityQueue<>(beamSize);
		previous.add(Sequence.EMPTY);
		for (int token = 0; token < tokens.length; token++) {
			Step step = new Step(tokens[token], ownFeatureSums(tokens, words, token, marked));
			int expanded = Math.min(beamSize, previous.size());
			for (int count = 0; count < expanded && !previous.isEmpty(); count++) {
				Sequence top = previous.remove();
				String[] before = top.tags(token, tags);
				double[] scores = step.probabilities(top.lastTag(), top.tagBeforeLast());
				double[] sorted = scores.clone();
				Arrays.sort(sorted);
				double min = sorted[Math.max(0, scores.length - beamSize)];
				for (int tag = 0; tag < scores.length; tag++) {
					if (scores[tag] >= min) {
						extend(top, token, tokens, before, tag, scores[tag], next);
					}
				}
				if (next.isEmpty()) {
					// no likely tag is valid here: every valid one goes on
					for (int tag = 0; tag < scores.length; tag++) {
						extend(top, token, tokens, before, tag, scores[tag], next);
					}
				}
			}
			previous.clear();
			Queue<Sequence> swap = previous;
			previous = next;
			next = swap;
		}
		return previous.isEmpty() ? null : previous.remove();
	}

	private void extend(Sequence top, int token, String[] tokens, String[] before, int tag, double probability, Queue<Sequence> next) {
		if (validator.validSequence(token, tokens, before, tags[tag])) {
			Sequence extended = new Sequence(top, tag, probability);
			if (extended.score > MIN_SEQUENCE_SCORE) {
				next.add(extended);
			}
		}
	}

	/**
	 * @return the sums of the weights of the token's features that do not depend on the tags before
	 *         it, in the order OpenNLP has them: those of {@link ArabicFeatureGenerator}, then those of
	 *         the gazetteer marks around it, of which a sentence without marks has none
	 */
	private double[] ownFeatureSums(String[] tokens, WordWeights[] words, int token, boolean marked) {
		double[] sums = words[token].ownSums().clone();
		String position = ArabicFeatureGenerator.position(token, tokens.length);
		add(positions.computeIfAbsent(position, weights::get), sums);
		for (int offset = -ArabicFeatureGenerator.WINDOW; offset <= ArabicFeatureGenerator.WINDOW; offset++) {
			int other = token + offset;
			if (offset != 0 && other >= 0 && other < tokens.length) {
				addAll(words[other].asNeighbour(offset), sums);
			}
		}
		if (marked) {
			List<String> markFeatures = new ArrayList<>();
			markWindow.createFeatures(markFeatures, tokens, token, null);
			for (String feature : markFeatures) {
				add(weights.get(feature), sums);
			}
		}
		return sums;
	}

	/**
	 * What the features a word gives weigh, as {@link ArabicFeatureGenerator.Word} lists them: the
	 * sums of those it gives its own token, which come first, so that a token's sums start from
	 * them, and the weights of those it gives each neighbour (null where the model has none).
	 */
	private record WordWeights(double[] ownSums, Context[][] asNeighbour) {

		Context[] asNeighbour(int offset) {
			return asNeighbour[offset + ArabicFeatureGenerator.WINDOW];
		}
	}

	private WordWeights wordWeights(String token) {
		WordWeights known = lexicon.get(token);
		if (known == null) {
			if (lexicon.size() >= LEXICON_SIZE) {
				lexicon.clear();
			}
			ArabicFeatureGenerator.Word word = ArabicFeatureGenerator.Word.of(token);
			Context[][] asNeighbour = new Context[2 * ArabicFeatureGenerator.WINDOW + 1][];
			for (int offset = -ArabicFeatureGenerator.WINDOW; offset <= ArabicFeatureGenerator.WINDOW; offset++) {
				asNeighbour[offset + ArabicFeatureGenerator.WINDOW] = lookUp(word.asNeighbour(offset));
			}
			double[] ownSums = new double[tags.length];
			addAll(lookUp(word.own()), ownSums);
			known = new WordWeights(ownSums, asNeighbour);
			lexicon.put(token, known);
		}
		return known;
	}

	private Context[] lookUp(List<String> features) {
		return features.stream().map(weights::get).toArray(Context[]::new);
	}

	private static boolean hasAny(String[][] marks) {
		for (String[] ofToken : marks) {
			if (ofToken.length > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The tag probabilities at one token, which depend on the sequence only through its last two
	 * tags: sequences of the beam that end alike share them.
	 */
	private final class Step {

		private final String token;
		private final double[] ownSums;
		private final String powfSuffix;
		/** The probabilities worked out so far, by the two tags before (-1 before the first token). */
		private final Map<Long, double[]> byTagsBefore = new HashMap<>();

		Step(String token, double[] ownSums) {
			this.token = token;
			this.ownSums = ownSums;
			this.powfSuffix = "," + FeatureGeneratorUtil.tokenFeature(token);
		}

		/**
		 * @return the probability of each tag after {@code previous} and {@code beforePrevious}: the
		 *         token's own sums with the previous-tag features of {@code DefaultNameContextGenerator}
		 *         (po, pow, powf, ppo, in that order), normalised as {@link PerceptronModel} does; not
		 *         to be changed
		 */
		double[] probabilities(int previous, int beforePrevious) {
			return byTagsBefore.computeIfAbsent(((long) previous << Integer.SIZE) | (beforePrevious & 0xFFFFFFFFL), key -> {
				String po = previous < 0 ? NO_TAG : tags[previous];
				String ppo = beforePrevious < 0 ? NO_TAG : tags[beforePrevious];
				double[] sums = ownSums.clone();
				add(previousTag.get(po), sums);
				add(weights.get("pow=" + po + "," + token), sums);
				add(weights.get("powf=" + po + powfSuffix), sums);
				add(tagBeforePrevious.get(ppo), sums);
				return normalized(sums);
			});
		}
	}

	private static void addAll(Context[] features, double[] sums) {
		for (Context feature : features) {
			add(feature, sums);
		}
	}

	/** OpenNLP's {@code ArrayMath.sumFeatures} for one feature; a feature the model never saw weighs nothing. */
	private static void add(Context feature, double[] sums) {
		if (feature != null) {
			int[] outcomes = feature.getOutcomes();
			double[] parameters = feature.getParameters();
			for (int index = 0; index < outcomes.length; index++) {
				sums[outcomes[index]] += parameters[index];
			}
		}
	}

	/** {@link PerceptronModel}'s normalisation: exponentials of the sums scaled by the largest magnitude (at least 1). */
	private static double[] normalized(double[] sums) {
		double max = 1;
		for (double sum : sums) {
			if (max < StrictMath.abs(sum)) {
				max = StrictMath.abs(sum);
			}
		}
		double total = 0;
		for (int tag = 0; tag < sums.length; tag++) {
			sums[tag] = StrictMath.exp(sums[tag] / max);
			total += sums[tag];
		}
		for (int tag = 0; tag < sums.length; tag++) {
			sums[tag] /= total;
		}
		return sums;
	}

	/**
	 * A tagging sequence as a chain back to the empty one, so that extending it copies nothing;
	 * ordered as OpenNLP's {@code Sequence}, the most probable first.
	 */
	private static final class Sequence implements Comparable<Sequence> {

		static final Sequence EMPTY = new Sequence();

		private final Sequence before;
		private final int tag;
		private final double probability;
		/** The sum of the logarithms of the probabilities, as OpenNLP's {@code Sequence} adds them. */
		final double score;

		private Sequence() {
			before = null;
			tag = -1;
			probability = 0;
			score = 0;
		}

		Sequence(Sequence before, int tag, double probability) {
			this.before = before;
			this.tag = tag;
			this.probability = probability;
			this.score = before.score + StrictMath.log(probability);
		}

		/** @return the index of the last tag, -1 for the empty sequence */
		int lastTag() {
			return tag;
		}

		/** @return the index of the tag before the last, -1 for a sequence of fewer than two */
		int tagBeforeLast() {
			return before == null ? -1 : before.tag;
		}

		/** @return the tags of the sequence, which has {@code length} of them */
		String[] tags(int length, String[] names) {
			String[] result = new String[length];
			Sequence sequence = this;
			for (int index = length - 1; index >= 0; index--) {
				result[index] = names[sequence.tag];
				sequence = sequence.before;
			}
			return result;
		}

		/** @return the probability of each tag of the sequence, which has {@code length} of them */
		double[] probabilities(int length) {
			double[] result = new double[length];
			Sequence sequence = this;
			for (int index = length - 1; index >= 0; index--) {
				result[index] = sequence.probability;
				sequence = sequence.before;
			}
			return result;
		}

		@Override
		public int compareTo(Sequence other) {
			return Double.compare(other.score, score);
		}
	}
}
