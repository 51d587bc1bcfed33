package org.hashiya.core;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;

/** The label set a new project starts with: the four named-entity labels of the gold guidelines. */
public final class DefaultLabelSet {

	public static final String NAME = "Named entities";

	/** Label colours, light enough for black text and apart in hue and lightness; the first four are the default labels'. */
	public static final List<String> PALETTE = List.of("#FFC866", "#8FD3FF", "#A6E59A", "#E9B8F5", "#FF9E9E", "#FFE98F", "#9EEBD9",
			"#C9C2FF", "#FFB8D9", "#D4E38F", "#B8D0E0", "#F2C4A0");

	private DefaultLabelSet() {
	}

	/**
	 * @return a new label set PER, ORG, LOC, DATE; the colours are light enough for black text and
	 *         differ in hue and lightness, so they stay apart for colour-blind readers too
	 */
	public static LabelSet create() {
		LabelSet labelSet = HashiyaFactory.eINSTANCE.createLabelSet();
		labelSet.setName(NAME);
		labelSet.setVersion(1);
		labelSet.getLabels().add(label("PER", "Names of people, without titles or honorifics", PALETTE.get(0), "p"));
		labelSet.getLabels().add(label("ORG", "Organisations: agencies, ministries, armed groups, media, legislatures", PALETTE.get(1), "o"));
		labelSet.getLabels().add(label("LOC", "Countries, cities, regions and other geopolitical areas", PALETTE.get(2), "l"));
		labelSet.getLabels().add(label("DATE", "Calendar expressions with a year, month, weekday or day of the month", PALETTE.get(3), "d"));
		return labelSet;
	}

	/** @return the first colour of {@link #PALETTE} that none of {@code labels} has; once all are taken they repeat */
	public static String unusedColour(Collection<Label> labels) {
		Set<String> used = labels.stream().map(label -> String.valueOf(label.getColour()).toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
		return PALETTE.stream().filter(colour -> !used.contains(colour)).findFirst().orElse(PALETTE.get(labels.size() % PALETTE.size()));
	}

	private static Label label(String name, String description, String colour, String hotkey) {
		Label label = HashiyaFactory.eINSTANCE.createLabel();
		label.setName(name);
		label.setDescription(description);
		label.setColour(colour);
		label.setHotkey(hotkey);
		return label;
	}
}
