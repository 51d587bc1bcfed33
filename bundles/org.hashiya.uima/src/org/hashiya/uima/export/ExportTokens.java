package org.hashiya.uima.export;

import java.util.Arrays;
import java.util.List;

import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.arabic.Proclitics;

/**
 * The tokens an export writes: the Arabic segmenter's, except that a word is split where a span
 * starts after its proclitics (و ف ب ك ل), since the gold guidelines leave them out of entities:
 * وبغداد with the span بغداد gives the tokens و and بغداد.
 */
final class ExportTokens {

	private final int[] begins;
	private final int[] ends;
	private final int[] sentences;

	private ExportTokens(int[] begins, int[] ends, int[] sentences) {
		this.begins = begins;
		this.ends = ends;
		this.sentences = sentences;
	}

	static ExportTokens of(AnalyzedText analyzed, List<ExportedSpan> spans) {
		int[] splits = spans.stream().mapToInt(ExportedSpan::begin).filter(offset -> startsAStem(analyzed, offset)).distinct().sorted().toArray();
		int count = analyzed.tokenCount() + splits.length;
		int[] begins = new int[count];
		int[] ends = new int[count];
		int[] sentences = new int[count];
		int piece = 0;
		int split = 0;
		for (int token = 0; token < analyzed.tokenCount(); token++) {
			int begin = analyzed.begin(token);
			for (; split < splits.length && splits[split] < analyzed.end(token); split++) {
				begins[piece] = begin;
				ends[piece] = splits[split];
				sentences[piece++] = analyzed.sentence(token);
				begin = splits[split];
			}
			begins[piece] = begin;
			ends[piece] = analyzed.end(token);
			sentences[piece++] = analyzed.sentence(token);
		}
		return new ExportTokens(begins, ends, sentences);
	}

	/** @return whether {@code offset} lies inside a token, where one of its proclitic readings has its stem begin */
	private static boolean startsAStem(AnalyzedText analyzed, int offset) {
		int token = analyzed.tokenAt(offset);
		return token < analyzed.tokenCount() && analyzed.begin(token) < offset
				&& Proclitics.readings(analyzed.text(), analyzed.begin(token), analyzed.end(token)).stream().anyMatch(reading -> reading.stemBegin() == offset);
	}

	int count() {
		return begins.length;
	}

	int begin(int token) {
		return begins[token];
	}

	int end(int token) {
		return ends[token];
	}

	/** @return the index of the token's sentence; tokens of one sentence are consecutive */
	int sentence(int token) {
		return sentences[token];
	}

	/** @return the first token that ends after {@code offset}, or {@link #count()} if none does */
	int firstEndingAfter(int offset) {
		int found = Arrays.binarySearch(ends, offset + 1);
		return found >= 0 ? found : -found - 1;
	}

	/** @return the last token that begins before {@code offset}, or -1 if none does */
	int lastBeginningBefore(int offset) {
		int found = Arrays.binarySearch(begins, offset);
		return (found >= 0 ? found : -found - 1) - 1;
	}
}
