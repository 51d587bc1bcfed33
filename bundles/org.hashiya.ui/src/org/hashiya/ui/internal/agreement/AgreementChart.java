package org.hashiya.ui.internal.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A bar chart of agreement coefficients, one bar per label in the label's colour, on an axis from
 * 0 to 1 with each value written above its bar. A coefficient below 0 (agreement worse than
 * chance, which alpha allows) gets no bar, since the axis starts at 0, but its value is still
 * written, in red, so it cannot be mistaken for 0.
 */
public final class AgreementChart {

	/**
	 * One bar.
	 *
	 * @param colour the label's colour, or null for a label the project does not define
	 */
	public record Bar(String label, double value, RGB colour) {
	}

	/** How many steps the axis is divided into, the finest first: fifths where their values fit above each other. */
	private static final int[] TICK_STEPS = { 5, 2, 1 };
	private static final int MARGIN = 8;
	private static final int GAP = 4;
	/** A bar takes this share of its slot, and never more than {@link #WIDEST_BAR} pixels. */
	private static final double BAR_SHARE = 0.6;
	private static final int WIDEST_BAR = 72;
	private static final RGB UNKNOWN_LABEL = new RGB(0xDD, 0xDD, 0xDD);
	private static final RGB GRID = new RGB(0xE4, 0xE4, 0xE4);
	private static final RGB AXIS = new RGB(0x70, 0x70, 0x70);
	private static final RGB TEXT = new RGB(0x20, 0x20, 0x20);
	private static final RGB BELOW_CHANCE = new RGB(0xB0, 0x10, 0x10);
	/** The outline is the bar's colour this much darker, so that a light colour stands out from the white. */
	private static final double OUTLINE_SHADE = 0.55;

	private final Canvas canvas;
	private String title = "";
	private List<Bar> bars = List.of();
	private String empty = "";

	public AgreementChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> canvas.redraw());
	}

	public Canvas getControl() {
		return canvas;
	}

	/**
	 * Shows these bars, in this order, under the title.
	 *
	 * @param empty what the chart says when there is no bar
	 */
	public void show(String shownTitle, List<Bar> shown, String empty) {
		title = shownTitle;
		bars = List.copyOf(shown);
		this.empty = empty;
		canvas.redraw();
	}

	public String title() {
		return title;
	}

	public List<Bar> bars() {
		return bars;
	}

	/**
	 * @return where each bar is drawn at the canvas's present size, in the order of {@link #bars()};
	 *         a bar of a value at or below 0 has no height and sits on the axis
	 */
	public List<Rectangle> barBounds() {
		GC gc = new GC(canvas);
		try {
			return barBounds(plotArea(gc));
		} finally {
			gc.dispose();
		}
	}

	/** @return the value as written above its bar */
	public static String valueText(double value) {
		return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%.2f", value);
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		int lineHeight = gc.getFontMetrics().getHeight();
		Rectangle plot = plotArea(gc);
		if (plot.width <= 0 || plot.height <= 0) {
			return;
		}
		gc.setForeground(new Color(TEXT));
		gc.drawText(fitted(gc, title, canvas.getClientArea().width - 2 * MARGIN), MARGIN, MARGIN, true);
		paintAxis(gc, plot, lineHeight);
		if (bars.isEmpty()) {
			Point extent = gc.textExtent(empty);
			gc.setForeground(new Color(TEXT));
			gc.drawText(empty, plot.x + (plot.width - extent.x) / 2, plot.y + (plot.height - extent.y) / 2, true);
			return;
		}
		List<Rectangle> bounds = barBounds(plot);
		int slot = plot.width / bars.size();
		for (int index = 0; index < bars.size(); index++) {
			paintBar(gc, bars.get(index), bounds.get(index), slot, plot, lineHeight);
		}
	}

	private List<Rectangle> barBounds(Rectangle plot) {
		List<Rectangle> bounds = new ArrayList<>();
		if (plot.width <= 0 || plot.height <= 0) {
			return bounds;
		}
		int slot = plot.width / Math.max(1, bars.size());
		int width = Math.max(1, Math.min(WIDEST_BAR, (int) (slot * BAR_SHARE)));
		for (int index = 0; index < bars.size(); index++) {
			int height = (int) Math.round(clamped(bars.get(index).value()) * plot.height);
			int x = plot.x + index * slot + (slot - width) / 2;
			bounds.add(new Rectangle(x, plot.y + plot.height - height, width, height));
		}
		return bounds;
	}

	/** Grid lines and their values at 0, 0.2, … 1 (or 0, 0.5, 1 in a low chart) on the left, the axis line at 0. */
	private void paintAxis(GC gc, Rectangle plot, int lineHeight) {
		int steps = Arrays.stream(TICK_STEPS).filter(candidate -> plot.height / candidate >= lineHeight).findFirst().orElse(1);
		for (int tick = 0; tick <= steps; tick++) {
			double value = (double) tick / steps;
			int y = plot.y + plot.height - (int) Math.round(value * plot.height);
			gc.setForeground(new Color(tick == 0 ? AXIS : GRID));
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			String text = tick == 0 ? "0" : tick == steps ? "1" : String.format(Locale.ROOT, "%.1f", value);
			gc.setForeground(new Color(AXIS));
			gc.drawText(text, plot.x - GAP - gc.textExtent(text).x, y - lineHeight / 2, true);
		}
		gc.setForeground(new Color(AXIS));
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
	}

	private static void paintBar(GC gc, Bar bar, Rectangle bounds, int slot, Rectangle plot, int lineHeight) {
		RGB colour = bar.colour() == null ? UNKNOWN_LABEL : bar.colour();
		if (bounds.height > 0) {
			gc.setBackground(new Color(colour));
			gc.fillRectangle(bounds);
			gc.setForeground(new Color(shade(colour)));
			gc.drawRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
		}
		String value = valueText(bar.value());
		gc.setForeground(new Color(bar.value() < 0 ? BELOW_CHANCE : TEXT));
		int center = bounds.x + bounds.width / 2;
		gc.drawText(value, center - gc.textExtent(value).x / 2, bounds.y - GAP / 2 - lineHeight, true);
		String label = fitted(gc, bar.label(), slot - GAP);
		gc.setForeground(new Color(TEXT));
		gc.drawText(label, center - gc.textExtent(label).x / 2, plot.y + plot.height + GAP, true);
	}

	/** Room for the title above, the axis values on the left, a value above a full bar, the label names below. */
	private Rectangle plotArea(GC gc) {
		int lineHeight = gc.getFontMetrics().getHeight();
		Rectangle area = canvas.getClientArea();
		int left = MARGIN + gc.textExtent("0.8").x + GAP;
		int top = MARGIN + 2 * (lineHeight + GAP) + GAP;
		int bottom = MARGIN + lineHeight + GAP;
		return new Rectangle(area.x + left, area.y + top, area.width - left - MARGIN, area.height - top - bottom);
	}

	/** @return the label, cut short with an ellipsis where its slot is too narrow for it */
	private static String fitted(GC gc, String label, int width) {
		if (gc.textExtent(label).x <= width) {
			return label;
		}
		for (int length = label.length() - 1; length > 0; length--) {
			String shortened = label.substring(0, length) + '\u2026';
			if (gc.textExtent(shortened).x <= width) {
				return shortened;
			}
		}
		return "";
	}

	private static double clamped(double value) {
		return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
	}

	private static RGB shade(RGB colour) {
		return new RGB((int) (colour.red * OUTLINE_SHADE), (int) (colour.green * OUTLINE_SHADE), (int) (colour.blue * OUTLINE_SHADE));
	}
}
