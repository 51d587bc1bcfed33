package org.hashiya.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.hashiya.model.Label;
import org.hashiya.model.Suggestion;
import org.hashiya.model.TextRegion;

/**
 * Turns spans into StyledText styles. Only the background changes, never the font, so Arabic
 * letters stay joined across a span boundary inside a word (a proclitic before a name).
 *
 * <p>Overlapping spans are cut into pieces at every boundary; a piece covered by several spans
 * shows the shortest of them and a dotted border, so nesting stays visible. A pending suggestion
 * has no background, only a dashed border in its label's colour.</p>
 */
public final class SpanStyles {

	/** Ranges as (start, length) pairs and one style per range, ready for {@code StyledText.setStyleRanges}. */
	public record Styles(int[] ranges, StyleRange[] styles) {
	}

	private final Function<Label, Color> colours;
	private final Color foreground;
	private final Map<Label, StyleRange> plain = new HashMap<>();
	private final Map<Label, StyleRange> overlapped = new HashMap<>();
	private final Map<Label, StyleRange> suggested = new HashMap<>();

	/**
	 * @param colours    the background of each label
	 * @param foreground the text colour on span backgrounds, chosen to stay readable on light colours
	 */
	public SpanStyles(Function<Label, Color> colours, Color foreground) {
		this.colours = colours;
		this.foreground = foreground;
	}

	/** Forgets the styles made so far, after a label changed colour. */
	public void labelsChanged() {
		plain.clear();
		overlapped.clear();
		suggested.clear();
	}

	/** @return the styles of all {@code spans} */
	public Styles of(List<? extends TextRegion> spans) {
		return of(spans, 0, Integer.MAX_VALUE);
	}

	/**
	 * Picks the spans that touch [from, to) in one pass, then sweeps their boundaries: O(n) plus
	 * O(k log k) for the k spans touching [from, to), so that an edit restyles only the text it changed.
	 *
	 * @return the styles inside [from, to) of those of {@code spans} that overlap it
	 */
	public Styles of(List<? extends TextRegion> spans, int from, int to) {
		List<TextRegion> touching = new ArrayList<>();
		for (int index = 0; index < spans.size(); index++) {
			TextRegion span = spans.get(index);
			if (span.getEnd() > from && span.getBegin() < to) {
				touching.add(span);
			}
		}
		TextRegion[] byBegin = touching.toArray(TextRegion[]::new);
		int[] begins = Arrays.stream(byBegin).mapToInt(span -> Math.max(from, span.getBegin())).toArray();
		Integer[] order = new Integer[byBegin.length];
		Arrays.setAll(order, index -> index);
		Arrays.sort(order, Comparator.comparingInt(index -> begins[index]));
		int[] begin = Arrays.stream(order).mapToInt(index -> begins[index]).toArray();
		int[] end = Arrays.stream(order).mapToInt(index -> Math.min(to, byBegin[index].getEnd())).toArray();
		Label[] label = Arrays.stream(order).map(index -> byBegin[index].getLabel()).toArray(Label[]::new);
		boolean[] suggestion = new boolean[order.length];
		IntStream.range(0, order.length).forEach(position -> suggestion[position] = byBegin[order[position]] instanceof Suggestion);
		// The whole span's length decides which span shows, so a partial restyle draws what a full one does.
		int[] length = Arrays.stream(order).mapToInt(index -> byBegin[index].getEnd() - byBegin[index].getBegin()).toArray();

		Integer[] indexesByEnd = new Integer[begin.length];
		Arrays.setAll(indexesByEnd, index -> index);
		Arrays.sort(indexesByEnd, Comparator.comparingInt(index -> end[index]));
		int[] boundaries = IntStream.range(0, begin.length).flatMap(index -> IntStream.of(begin[index], end[index])).sorted().distinct().toArray();
		TreeSet<Integer> active = new TreeSet<>(Comparator.comparingInt((Integer index) -> length[index]).thenComparingInt(index -> index));
		List<StyleRange> styles = new ArrayList<>();
		int[] ranges = new int[2 * Math.max(0, boundaries.length - 1)];
		int nextBegin = 0;
		int nextEnd = 0;
		for (int b = 0; b + 1 < boundaries.length; b++) {
			int at = boundaries[b];
			while (nextEnd < indexesByEnd.length && end[indexesByEnd[nextEnd]] == at) {
				active.remove(indexesByEnd[nextEnd++]);
			}
			while (nextBegin < begin.length && begin[nextBegin] == at) {
				active.add(nextBegin++);
			}
			if (!active.isEmpty()) {
				boolean nested = active.size() > 1;
				ranges[2 * styles.size()] = at;
				ranges[2 * styles.size() + 1] = boundaries[b + 1] - at;
				int shown = active.first();
				styles.add(suggestion[shown] ? suggested.computeIfAbsent(label[shown], this::suggestionStyle)
						: (nested ? overlapped : plain).computeIfAbsent(label[shown], key -> style(key, nested)));
			}
		}
		return new Styles(Arrays.copyOf(ranges, 2 * styles.size()), styles.toArray(StyleRange[]::new));
	}

	private StyleRange suggestionStyle(Label label) {
		StyleRange style = new StyleRange();
		style.borderStyle = SWT.BORDER_DASH;
		style.borderColor = colours.apply(label);
		style.data = label;
		return style;
	}

	private StyleRange style(Label label, boolean nested) {
		StyleRange style = new StyleRange();
		style.background = colours.apply(label);
		style.foreground = foreground;
		style.data = label;
		if (nested) {
			style.borderStyle = SWT.BORDER_DOT;
		}
		return style;
	}
}
