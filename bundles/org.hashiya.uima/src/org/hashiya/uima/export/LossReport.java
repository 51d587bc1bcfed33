package org.hashiya.uima.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an export cannot carry over exactly, found before anything is written, so that the caller
 * decides whether to go on: for each kind of loss, how often it occurs and its first examples.
 */
public final class LossReport {

	/** How many examples of each kind are kept. */
	public static final int EXAMPLES = 5;

	/** A kind of loss, with what the export does about it. */
	public enum Kind {
		OVERLAPPING_SPAN("Spans overlapping or nested in an earlier span, which CoNLL's one tag per token cannot hold", "dropped; the earlier, outer span is kept"),
		SPAN_INSIDE_TOKEN("Spans starting or ending inside a token (other than right after a proclitic)", "widened to whole tokens"),
		SPAN_WITHOUT_TOKEN("Spans covering no token (only spaces or invisible characters)", "dropped"),
		LABEL_WITH_SPACE("Spans whose label has spaces, which a CoNLL column cannot hold", "written with '_' for each space"),
		SPAN_SPLITTING_CHARACTER("Spans starting or ending between the two UTF-16 halves of a character (such as an emoji), which code point offsets cannot express",
				"widened to the whole character"),
		SPAN_WITH_LINE_BREAK("Spans covering a tab or a line break, which a .spans.tsv line cannot hold", "dropped"),
		XML_1_1_CHARACTER("Characters XML 1.0 cannot carry (control characters)", "the XMI files are written as XML 1.1, which not every tool reads"),
		NON_XML_CHARACTER("Characters no XML version can carry (U+0000, U+FFFE, U+FFFF, unpaired surrogates)", "written as U+FFFD in the XMI sofa; offsets stay");

		private final String what;
		private final String done;

		Kind(String what, String done) {
			this.what = what;
			this.done = done;
		}

		/** @return what the format cannot hold */
		public String what() {
			return what;
		}

		/** @return what the export does about it */
		public String done() {
			return done;
		}
	}

	/**
	 * One occurrence of a loss.
	 *
	 * @param text what the span covers, or the character as {@code U+XXXX}
	 */
	public record Example(String article, int begin, int end, String text) {

		/** @return article, offsets and text, with tabs and line breaks shown as \t, \r, \n */
		@Override
		public String toString() {
			return article + " " + begin + "–" + end + " «" + text.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + "»";
		}
	}

	/** A kind of loss found, how often, and its first {@value #EXAMPLES} occurrences. */
	public record Finding(Kind kind, int count, List<Example> examples) {
	}

	private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
	private final Map<Kind, List<Example>> examples = new EnumMap<>(Kind.class);

	/** Records one occurrence. */
	void add(Kind kind, String article, int begin, int end, String text) {
		counts.merge(kind, 1, Integer::sum);
		List<Example> kept = examples.computeIfAbsent(kind, any -> new ArrayList<>());
		if (kept.size() < EXAMPLES) {
			kept.add(new Example(article, begin, end, text));
		}
	}

	/** Records a character, shown as {@code U+XXXX}. */
	void addCharacter(Kind kind, String article, int offset, int codePoint) {
		add(kind, article, offset, offset + Character.charCount(codePoint), String.format("U+%04X", codePoint));
	}

	/** @return whether the export carries everything over exactly */
	public boolean isEmpty() {
		return counts.isEmpty();
	}

	/** @return whether the report holds {@code kind} */
	public boolean has(Kind kind) {
		return counts.containsKey(kind);
	}

	/** @return the kinds found, in the order of {@link Kind} */
	public List<Finding> findings() {
		return counts.entrySet().stream().map(entry -> new Finding(entry.getKey(), entry.getValue(), List.copyOf(examples.get(entry.getKey())))).toList();
	}

	/** @return one paragraph per kind: what, how many and what is done, then the examples (article, offsets, text) */
	@Override
	public String toString() {
		if (isEmpty()) {
			return "Nothing is lost: the format holds every span and every character.\n";
		}
		StringBuilder out = new StringBuilder();
		for (Finding finding : findings()) {
			out.append(finding.kind().what()).append(": ").append(finding.count()).append(" → ").append(finding.kind().done()).append(". ")
					.append(finding.count() > finding.examples().size() ? "First " + finding.examples().size() : "All").append(":\n");
			finding.examples().forEach(example -> out.append("  ").append(example).append('\n'));
		}
		return out.toString();
	}
}
