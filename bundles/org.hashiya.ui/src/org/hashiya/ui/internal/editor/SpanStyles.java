package org.hashiya.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.hashiya.model.Label;
import org.hashiya.model.Span;

/**
 * Turns spans into StyledText styles. Only the background changes, never the font, so Arabic
 * letters stay joined across a span boundary inside a word (a proclitic before a name).
 *
 * <p>Overlapping spans are cut into pieces at every boundary; a piece covered by several spans
 * shows the shortest of them and a dotted border, so nesting stays visible.</p>
 */
public final class SpanStyles {

	/** Ranges as (start, length) pairs and one style per range, ready for {@code StyledText.setStyleRanges}. */
	public record Styles(int[] ranges, StyleRange[] styles) {
	}

	private final Function<Label, Color> colours;
	private final Color foreground;

	/**
	 * @param colours    the background of each label
	 * @param foreground the text colour on span backgrounds, chosen to stay readable on light colours
	 */
	public SpanStyles(Function<Label, Color> colours, Color foreground) {
		this.colours = colours;
		this.foreground = foreground;
	}

	/** Sweeps the span boundaries once: O(n log n) for n spans, so long articles restyle fast. */
	public Styles of(List<Span> spans) {
		Span[] byBegin = spans.toArray(Span[]::new);
		Arrays.sort(byBegin, Comparator.comparingInt(Span::getBegin));
		Integer[] indexesByEnd = new Integer[byBegin.length];
		Arrays.setAll(indexesByEnd, index -> index);
		Arrays.sort(indexesByEnd, Comparator.comparingInt(index -> byBegin[index].getEnd()));
		int[] boundaries = Arrays.stream(byBegin).flatMapToInt(span -> IntStream.of(span.getBegin(), span.getEnd())).sorted().distinct().toArray();
		TreeSet<Integer> active = new TreeSet<>(Comparator.comparingInt((Integer index) -> length(byBegin[index])).thenComparingInt(index -> index));
		Map<Label, StyleRange> plain = new HashMap<>();
		Map<Label, StyleRange> overlapped = new HashMap<>();
		List<StyleRange> styles = new ArrayList<>();
		int[] ranges = new int[2 * Math.max(0, boundaries.length - 1)];
		int nextBegin = 0;
		int nextEnd = 0;
		for (int b = 0; b + 1 < boundaries.length; b++) {
			int at = boundaries[b];
			while (nextEnd < indexesByEnd.length && byBegin[indexesByEnd[nextEnd]].getEnd() == at) {
				active.remove(indexesByEnd[nextEnd++]);
			}
			while (nextBegin < byBegin.length && byBegin[nextBegin].getBegin() == at) {
				active.add(nextBegin++);
			}
			if (!active.isEmpty()) {
				Label label = byBegin[active.first()].getLabel();
				boolean nested = active.size() > 1;
				ranges[2 * styles.size()] = at;
				ranges[2 * styles.size() + 1] = boundaries[b + 1] - at;
				styles.add((nested ? overlapped : plain).computeIfAbsent(label, key -> style(key, nested)));
			}
		}
		return new Styles(Arrays.copyOf(ranges, 2 * styles.size()), styles.toArray(StyleRange[]::new));
	}

	private static int length(Span span) {
		return span.getEnd() - span.getBegin();
	}

	private StyleRange style(Label label, boolean overlapped) {
		StyleRange style = new StyleRange();
		style.background = colours.apply(label);
		style.foreground = foreground;
		style.data = label;
		if (overlapped) {
			style.borderStyle = SWT.BORDER_DOT;
		}
		return style;
	}
}
