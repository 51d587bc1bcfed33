package org.hashiya.core.editing;

import org.hashiya.model.Label;

/** A label cannot be deleted while spans use it, unless they are given another label. */
public final class LabelInUseException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient Label label;
	private final long spans;

	public LabelInUseException(Label label, long spans) {
		super(spans + " span(s) are labeled " + label.getName() + ": choose a label to give them before deleting it");
		this.label = label;
		this.spans = spans;
	}

	public Label label() {
		return label;
	}

	public long spans() {
		return spans;
	}
}
