package org.hashiya.uima.suggest.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.function.Function;

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
	/** The index of {@link #NO_TAG} in the arrays by previous tag, after the model's tags. */
	private final int noTag;
	/** The index of the tag outside names, which every tag of a sentence without names is. */
	private final int outside;
	/** How many tagging sequences the beam keeps, as {@link TokenNameFinderModel#getNameFinderSequenceModel()} reads it. */
	private final int beamSize;
	private final SequenceCodec<String> codec;
	/**
	 * Whether the codec's validator lets a tag follow another, by the index of the tag before (one
	 * more than its index, 0 at the first token) and of the tag: the validators of OpenNLP's codecs
	 * judge a tag by the one before it alone, so asking once spares asking for every sequence.
	 */
	private final boolean[][] mayFollow;
	/** The weights of the previous-tag features ({@code po=} and {@code ppo=}), by tag: they do not depend on the token. */
	private final double[][] previousTag;
	private final double[][] tagBeforePrevious;
	/** The weights of the {@code powf=} features, by the token's class ({@link FeatureGeneratorUtil#tokenFeature}), then by previous tag. */
	private final Map<String, double[][]> previousTagAndClass = new HashMap<>();
	/**
	 * The weights of the features of words met before. Most of a token's features are its word's
	 * and its neighbours' ({@link ArabicFeatureGenerator.Word}), and looking a feature up in the
	 * model is what costs most: news text repeats its words, so each word's are looked up once.
	 * Emptied when it holds {@value #LEXICON_SIZE} words.
	 */
	private final Map<String, WordWeights> lexicon = new HashMap<>();
	/** The weights of the position features, as {@link ArabicFeatureGenerator#positionIndex} numbers them. */
	private final double[][] positions;
	private final AdditionalContextFeatureGenerator marks = new AdditionalContextFeatureGenerator();
	/**
	 * The weights of the features of gazetteer marks, by the feature a mark gives its own token,
	 * then by the offset of the token that gets it ({@link #MARK_WINDOW} + offset).
	 */
	private final Map<String, double[][]> markRows = new HashMap<>();
	/** The tag probabilities of the steps at the current token, and the beam's sequences: reused from token to token. */
	private final Step[] steps;
	private final double[] ownSums;
	private Queue<Sequence> previous;
	private Queue<Sequence> next;

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
		this.noTag = tags.length;
		this.outside = Arrays.asList(tags).indexOf(NameFinderME.OTHER);
		String beamSize = trained.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
		this.beamSize = beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
		this.codec = trained.getSequenceCodec();
		this.mayFollow = mayFollow(codec.createSequenceValidator(), tags);
		this.previousTag = byPreviousTag(tag -> "po=" + tag);
		this.tagBeforePrevious = byPreviousTag(tag -> "ppo=" + tag);
		this.positions = ArabicFeatureGenerator.POSITIONS.stream().map(this::row).toArray(double[][]::new);
		this.steps = new Step[this.beamSize];
		for (int step = 0; step < steps.length; step++) {
			steps[step] = new Step(tags.length);
		}
		this.ownSums = new double[tags.length];
		this.previous = new PriorityQueue<>(this.beamSize);
		this.next = new PriorityQueue<>(this.beamSize);
	}

	private static boolean[][] mayFollow(SequenceValidator<String> validator, String[] tags) {
		String[] anyTokens = { "", "" };
		boolean[][] mayFollow = new boolean[tags.length + 1][tags.length];
		for (int tag = 0; tag < tags.length; tag++) {
			mayFollow[0][tag] = validator.validSequence(0, anyTokens, new String[0], tags[tag]);
			for (int before = 0; before < tags.length; before++) {
				mayFollow[before + 1][tag] = validator.validSequence(1, anyTokens, new String[] { tags[before] }, tags[tag]);
			}
		}
		return mayFollow;
	}

	/** @return the weights of the feature that {@code feature} names for each previous tag, {@link #NO_TAG} last */
	private double[][] byPreviousTag(Function<String, String> feature) {
		double[][] byTag = new double[tags.length + 1][];
		for (int tag = 0; tag <= noTag; tag++) {
			byTag[tag] = row(feature.apply(tag == noTag ? NO_TAG : tags[tag]));
		}
		return byTag;
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
		Sequence best = bestSequence(tokens, markFeatures(tokens, marks));
		if (best == null || best.allTagged(outside)) {
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
	private Sequence bestSequence(String[] tokens, double[][][][] markFeatures) {
		WordWeights[] words = new WordWeights[tokens.length];
		for (int token = 0; token < tokens.length; token++) {
			words[token] = wordWeights(tokens[token]);
		}
		previous.clear();
		previous.add(Sequence.EMPTY);
		for (int token = 0; token < tokens.length; token++) {
			ownFeatureSums(tokens, words, token, markFeatures);
			int stepCount = 0;
			int expanded = Math.min(beamSize, previous.size());
			for (int count = 0; count < expanded && !previous.isEmpty(); count++) {
				Sequence top = previous.remove();
				Step step = null;
				for (int known = 0; known < stepCount && step == null; known++) {
					step = steps[known].after(top) ? steps[known] : null;
				}
				if (step == null) {
					step = steps[stepCount++];
					weigh(step, top, words[token]);
				}
				boolean[] valid = mayFollow[top.lastTag() + 1];
				for (int tag = 0; tag < tags.length; tag++) {
					if (step.probabilities[tag] >= step.least && valid[tag]) {
						extend(top, tag, step.probabilities[tag]);
					}
				}
				if (next.isEmpty()) {
					// no likely tag is valid here: every valid one goes on
					for (int tag = 0; tag < tags.length; tag++) {
						if (valid[tag]) {
							extend(top, tag, step.probabilities[tag]);
						}
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

	private void extend(Sequence top, int tag, double probability) {
		Sequence extended = new Sequence(top, tag, probability);
		if (extended.score > MIN_SEQUENCE_SCORE) {
			next.add(extended);
		}
	}

	/**
	 * Puts into {@link #ownSums} the sums of the weights of the token's features that do not depend
	 * on the tags before it, in the order OpenNLP has them: those of {@link ArabicFeatureGenerator},
	 * then those of the gazetteer marks of the token and its neighbours, in the order of
	 * {@link WindowFeatureGenerator}: its own, those before it nearest first, then those after it.
	 */
	private void ownFeatureSums(String[] tokens, WordWeights[] words, int token, double[][][][] markFeatures) {
		System.arraycopy(words[token].ownSums(), 0, ownSums, 0, ownSums.length);
		add(positions[ArabicFeatureGenerator.positionIndex(token, tokens.length)], ownSums);
		for (int offset = -ArabicFeatureGenerator.WINDOW; offset <= ArabicFeatureGenerator.WINDOW; offset++) {
			int other = token + offset;
			if (offset != 0 && other >= 0 && other < tokens.length) {
				add(words[other].asNeighbour(offset), ownSums);
			}
		}
		if (markFeatures != null) {
			addMarks(markFeatures[token], 0);
			for (int distance = 1; distance <= MARK_WINDOW && token - distance >= 0; distance++) {
				addMarks(markFeatures[token - distance], -distance);
			}
			for (int distance = 1; distance <= MARK_WINDOW && token + distance < tokens.length; distance++) {
				addMarks(markFeatures[token + distance], distance);
			}
		}
	}

	/** Adds the weights of the features the marks of a token give the token {@code offset} tokens before or after it. */
	private void addMarks(double[][][] featuresOfMarks, int offset) {
		for (double[][] byOffset : featuresOfMarks) {
			add(byOffset[MARK_WINDOW + offset], ownSums);
		}
	}

	/**
	 * @return for each token, for each feature of its gazetteer marks, the weights of that feature
	 *         by offset as {@link #markRows} keeps them; null if the sentence has no mark
	 */
	private double[][][][] markFeatures(String[] tokens, String[][] marks) {
		double[][][][] features = null;
		for (int token = 0; token < marks.length; token++) {
			if (marks[token].length > 0) {
				if (features == null) {
					features = new double[marks.length][][][];
					Arrays.fill(features, new double[0][][]);
					this.marks.setCurrentContext(marks);
				}
				List<String> own = new ArrayList<>();
				this.marks.createFeatures(own, tokens, token, null);
				features[token] = own.stream().map(feature -> markRows.computeIfAbsent(feature, this::byOffset)).toArray(double[][][]::new);
			}
		}
		return features;
	}

	/** @return the weights of the feature a mark gives its token as {@link WindowFeatureGenerator} prefixes it for each offset */
	private double[][] byOffset(String feature) {
		double[][] byOffset = new double[2 * MARK_WINDOW + 1][];
		byOffset[MARK_WINDOW] = row(feature);
		for (int distance = 1; distance <= MARK_WINDOW; distance++) {
			byOffset[MARK_WINDOW - distance] = row(WindowFeatureGenerator.PREV_PREFIX + distance + feature);
			byOffset[MARK_WINDOW + distance] = row(WindowFeatureGenerator.NEXT_PREFIX + distance + feature);
		}
		return byOffset;
	}

	/**
	 * What the features a word gives weigh, as rows of {@link #rows weights by tag}: the sums of
	 * those it gives its own token, which come first, so that a token's sums start from them, and
	 * the rows of those it gives each neighbour; and by previous tag, the rows of the features of
	 * that tag with the word ({@code pow=}, null if the model has none with the word) and with its
	 * class ({@code powf=}).
	 */
	private record WordWeights(double[] ownSums, double[][] asNeighbour, double[][] withPreviousTag, double[][] classWithPreviousTag) {

		double[] asNeighbour(int offset) {
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
			double[][] asNeighbour = new double[2 * ArabicFeatureGenerator.WINDOW + 1][];
			for (int offset = -ArabicFeatureGenerator.WINDOW; offset <= ArabicFeatureGenerator.WINDOW; offset++) {
				asNeighbour[offset + ArabicFeatureGenerator.WINDOW] = rows(word.asNeighbour(offset));
			}
			double[] ownSums = new double[tags.length];
			add(rows(word.own()), ownSums);
			double[][] withPreviousTag = byPreviousTag(tag -> "pow=" + tag + "," + token);
			if (Arrays.stream(withPreviousTag).allMatch(Objects::isNull)) {
				withPreviousTag = null;
			}
			double[][] classWithPreviousTag = previousTagAndClass.computeIfAbsent(FeatureGeneratorUtil.tokenFeature(token),
					tokenClass -> byPreviousTag(tag -> "powf=" + tag + "," + tokenClass));
			known = new WordWeights(ownSums, asNeighbour, withPreviousTag, classWithPreviousTag);
			lexicon.put(token, known);
		}
		return known;
	}

	/**
	 * @return the weights of {@code feature} by tag, with 0 for the tags it has none for, as OpenNLP
	 *         adds nothing for them; null if the model does not know the feature
	 */
	private double[] row(String feature) {
		Context context = weights.get(feature);
		if (context == null) {
			return null;
		}
		double[] row = new double[tags.length];
		int[] outcomes = context.getOutcomes();
		double[] parameters = context.getParameters();
		for (int index = 0; index < outcomes.length; index++) {
			row[outcomes[index]] = parameters[index];
		}
		return row;
	}

	/** @return the weights by tag of each of {@code features} one after the other, in one array */
	private double[] rows(List<String> features) {
		double[] rows = new double[features.size() * tags.length];
		int known = 0;
		for (String feature : features) {
			double[] row = row(feature);
			if (row != null) {
				System.arraycopy(row, 0, rows, known++ * tags.length, tags.length);
			}
		}
		return Arrays.copyOf(rows, known * tags.length);
	}

	/**
	 * Works out the tag probabilities after the last two tags of {@code sequence}: the token's own
	 * sums with the previous-tag features of {@code DefaultNameContextGenerator} (po, pow, powf, ppo,
	 * in that order), normalised as {@link PerceptronModel} does; and the least probability the beam
	 * takes, that of the tag ranked {@link #beamSize}. Not to be changed.
	 */
	private void weigh(Step step, Sequence sequence, WordWeights word) {
		int previousTag = sequence.lastTag() < 0 ? noTag : sequence.lastTag();
		int beforePrevious = sequence.tagBeforeLast() < 0 ? noTag : sequence.tagBeforeLast();
		step.lastTag = sequence.lastTag();
		step.tagBeforeLast = sequence.tagBeforeLast();
		double[] sums = step.probabilities;
		System.arraycopy(ownSums, 0, sums, 0, sums.length);
		add(this.previousTag[previousTag], sums);
		if (word.withPreviousTag() != null) {
			add(word.withPreviousTag()[previousTag], sums);
		}
		add(word.classWithPreviousTag()[previousTag], sums);
		add(tagBeforePrevious[beforePrevious], sums);
		normalize(sums);
		step.least = largest(sums, beamSize);
	}

	/**
	 * @return what {@code BeamSearch} takes as the least score the beam keeps: the one at
	 *         {@code values.length - rank} once sorted, the smallest if there are fewer
	 */
	private static double largest(double[] values, int rank) {
		if (values.length <= rank) {
			return Arrays.stream(values).min().orElseThrow();
		}
		// the rank-th largest: the one of which fewer than rank are larger, and rank or more are as large or larger
		for (double candidate : values) {
			int larger = 0;
			int notSmaller = 0;
			for (double value : values) {
				larger += value > candidate ? 1 : 0;
				notSmaller += value >= candidate ? 1 : 0;
			}
			if (larger < rank && notSmaller >= rank) {
				return candidate;
			}
		}
		throw new IllegalStateException("No value of rank " + rank);
	}

	/**
	 * The tag probabilities at one token, which depend on the sequence only through its last two
	 * tags: sequences of the beam that end alike share them.
	 */
	private static final class Step {

		final double[] probabilities;
		double least;
		int lastTag;
		int tagBeforeLast;

		Step(int tagCount) {
			probabilities = new double[tagCount];
		}

		/** @return whether these are the probabilities after the last two tags of {@code sequence} */
		boolean after(Sequence sequence) {
			return lastTag == sequence.lastTag() && tagBeforeLast == sequence.tagBeforeLast();
		}
	}

	/**
	 * OpenNLP's {@code ArrayMath.sumFeatures} for the features of {@code rows}, one after the other:
	 * each tag's sum takes their weights in the same order, the zeros of tags a feature has no
	 * weight for changing nothing; null rows, of features the model never saw, weigh nothing.
	 */
	private static void add(double[] rows, double[] sums) {
		if (rows != null) {
			for (int row = 0; row < rows.length; row += sums.length) {
				for (int tag = 0; tag < sums.length; tag++) {
					sums[tag] += rows[row + tag];
				}
			}
		}
	}

	/** {@link PerceptronModel}'s normalisation: exponentials of the sums scaled by the largest magnitude (at least 1). */
	private static void normalize(double[] sums) {
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

		/** @return whether every tag of the sequence is {@code tag} */
		boolean allTagged(int tag) {
			for (Sequence sequence = this; sequence.before != null; sequence = sequence.before) {
				if (sequence.tag != tag) {
					return false;
				}
			}
			return true;
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
