package org.hashiya.uima.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.HashiyaTypeSystem;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.arabic.ArabicSegmenter;

/**
 * Runs the {@link ArabicSegmenter} and a set of suggesters over one article at a time, in one
 * reused CAS, and turns their proposals into the suggestions an annotator sees: one per place and
 * label (sources joined, the best score kept), none where the annotator already has a span or
 * rejected the same suggestion, and no two overlapping (the surer one, then the longer one, wins).
 * The suggestions are also left in the CAS as {@value HashiyaTypeSystem#SUGGESTION} annotations.
 *
 * <p>Not thread-safe: one pipeline per thread.</p>
 */
public final class SuggestionPipeline implements AutoCloseable {

	private static final Comparator<LabeledSpan> PREFERRED = Comparator.comparingDouble((LabeledSpan span) -> span.score().orElse(1.0)).reversed()
			.thenComparing(Comparator.comparingInt(LabeledSpan::length).reversed()).thenComparing(LabeledSpan.IN_TEXT_ORDER);

	private final AnalysisEngine segmenter;
	private final CAS cas;
	private final List<Suggester> suggesters;

	private SuggestionPipeline(AnalysisEngine segmenter, CAS cas, List<Suggester> suggesters) {
		this.segmenter = segmenter;
		this.cas = cas;
		this.suggesters = List.copyOf(suggesters);
	}

	/** @return a pipeline of the segmenter and {@code suggesters} (none: segmentation only) */
	public static SuggestionPipeline of(List<Suggester> suggesters) throws IOException {
		try {
			// UIMA loads the annotator class by name; in OSGi only this bundle's class loader sees it.
			ResourceManager resources = UIMAFramework.newDefaultResourceManager();
			resources.setExtensionClassLoader(ArabicSegmenter.class.getClassLoader(), true);
			AnalysisEngine segmenter = UIMAFramework.produceAnalysisEngine(
					AnalysisEngineFactory.createEngineDescription(ArabicSegmenter.class, HashiyaTypeSystem.description()), resources, null);
			return new SuggestionPipeline(segmenter, HashiyaTypeSystem.createCas(), suggesters);
		} catch (ResourceInitializationException e) {
			throw new IOException("Cannot start the Arabic segmenter: " + e.getMessage(), e);
		}
	}

	/** @return the tokens and sentences of {@code text}, in the pipeline's CAS (valid until the next call) */
	public AnalyzedText analyze(String text) throws IOException {
		cas.reset();
		cas.setDocumentText(text);
		cas.setDocumentLanguage("ar");
		try {
			segmenter.process(cas);
		} catch (AnalysisEngineProcessException e) {
			throw new IOException("The Arabic segmenter failed: " + e.getMessage(), e);
		}
		return AnalyzedText.of(cas);
	}

	/**
	 * @param spans    the annotator's spans in the article: no suggestion overlaps one of them
	 * @param rejected suggestions the annotator rejected: not proposed again at the same place with the same label
	 * @return the suggestions for {@code text}, in text order
	 */
	public List<LabeledSpan> suggest(String text, List<LabeledSpan> spans, List<LabeledSpan> rejected) throws IOException {
		AnalyzedText analyzed = analyze(text);
		Map<Place, LabeledSpan> byPlace = new LinkedHashMap<>();
		for (Suggester suggester : suggesters) {
			for (LabeledSpan proposal : suggester.suggest(analyzed)) {
				byPlace.merge(Place.of(proposal), proposal, SuggestionPipeline::joined);
			}
		}
		Set<Place> rejectedPlaces = new HashSet<>();
		rejected.forEach(span -> rejectedPlaces.add(Place.of(span)));
		Occupied occupied = new Occupied(spans);
		List<LabeledSpan> candidates = new ArrayList<>();
		for (Map.Entry<Place, LabeledSpan> proposal : byPlace.entrySet()) {
			if (!rejectedPlaces.contains(proposal.getKey()) && !occupied.overlaps(proposal.getValue())) {
				candidates.add(proposal.getValue());
			}
		}
		candidates.sort(PREFERRED);
		TreeSet<LabeledSpan> kept = new TreeSet<>(LabeledSpan.IN_TEXT_ORDER);
		for (LabeledSpan candidate : candidates) {
			LabeledSpan before = kept.floor(candidate);
			LabeledSpan after = kept.ceiling(candidate);
			if ((before == null || !before.overlaps(candidate)) && (after == null || !after.overlaps(candidate))) {
				kept.add(candidate);
			}
		}
		addToCas(kept);
		return new ArrayList<>(kept);
	}

	/** Where a suggestion is and what it says, whatever its score and source: {@link LabeledSpan#sameAs} as a key. */
	private record Place(int begin, int end, String label) {

		static Place of(LabeledSpan span) {
			return new Place(span.begin(), span.end(), span.label());
		}
	}

	/**
	 * The annotator's spans, sorted by where they start, so that whether a proposal overlaps one is a
	 * binary search rather than a look at every span: an article may hold hundreds of spans and
	 * draw hundreds of proposals.
	 */
	private static final class Occupied {

		private final int[] begins;
		/** The furthest end of the spans up to each one in begin order. */
		private final int[] furthestEnds;

		Occupied(List<LabeledSpan> spans) {
			List<LabeledSpan> sorted = new ArrayList<>(spans);
			sorted.sort(Comparator.comparingInt(LabeledSpan::begin));
			begins = new int[sorted.size()];
			furthestEnds = new int[sorted.size()];
			int furthest = Integer.MIN_VALUE;
			for (int index = 0; index < sorted.size(); index++) {
				begins[index] = sorted.get(index).begin();
				furthest = Math.max(furthest, sorted.get(index).end());
				furthestEnds[index] = furthest;
			}
		}

		/** @return whether a span that begins before {@code span} ends also ends after it begins */
		boolean overlaps(LabeledSpan span) {
			int startingBefore = startingBefore(span.end());
			return startingBefore > 0 && furthestEnds[startingBefore - 1] > span.begin();
		}

		/** @return how many spans begin before {@code offset} */
		private int startingBefore(int offset) {
			int low = 0;
			int high = begins.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (begins[middle] < offset) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			return low;
		}
	}

	private static LabeledSpan joined(LabeledSpan one, LabeledSpan other) {
		double score = Math.max(one.score().orElse(1.0), other.score().orElse(1.0));
		String source = one.source().equals(other.source()) ? one.source() : one.source() + "+" + other.source();
		return LabeledSpan.suggested(one.begin(), one.end(), one.label(), score, source);
	}

	private void addToCas(Iterable<LabeledSpan> suggestions) {
		Type type = HashiyaTypeSystem.type(cas.getTypeSystem(), HashiyaTypeSystem.SUGGESTION);
		Feature label = type.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_LABEL);
		Feature score = type.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_SCORE);
		Feature source = type.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_SOURCE);
		for (LabeledSpan suggestion : suggestions) {
			AnnotationFS annotation = cas.createAnnotation(type, suggestion.begin(), suggestion.end());
			annotation.setStringValue(label, suggestion.label());
			annotation.setDoubleValue(score, suggestion.score().orElse(1.0));
			annotation.setStringValue(source, suggestion.source());
			cas.addFsToIndexes(annotation);
		}
	}

	/** @return the CAS of the last article, with its tokens, sentences and suggestions */
	public CAS cas() {
		return cas;
	}

	@Override
	public void close() {
		segmenter.destroy();
	}
}
