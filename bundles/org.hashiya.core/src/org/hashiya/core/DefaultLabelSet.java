package org.hashiya.core;

import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;

/** The label set a new project starts with: the four named-entity labels of the gold guidelines. */
public final class DefaultLabelSet {

	public static final String NAME = "Named entities";

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
		labelSet.getLabels().add(label("PER", "Names of people, without titles or honorifics", "#FFC866", "p"));
		labelSet.getLabels().add(label("ORG", "Organisations: agencies, ministries, armed groups, media, legislatures", "#8FD3FF", "o"));
		labelSet.getLabels().add(label("LOC", "Countries, cities, regions and other geopolitical areas", "#A6E59A", "l"));
		labelSet.getLabels().add(label("DATE", "Calendar expressions with a year, month, weekday or day of the month", "#E9B8F5", "d"));
		return labelSet;
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
