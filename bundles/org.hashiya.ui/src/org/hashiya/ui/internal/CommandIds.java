package org.hashiya.ui.internal;

/** The ids of the Hashiya commands and their parameters, as declared in plugin.xml. */
public final class CommandIds {

	public static final String APPLY_LABEL = "org.hashiya.ui.applyLabel";
	/** The label's name. */
	public static final String LABEL_PARAMETER = "org.hashiya.ui.label";
	/** The label's position (1 for the first) in the project's labels, for the digit keys. */
	public static final String LABEL_NUMBER_PARAMETER = "org.hashiya.ui.labelNumber";
	/** "true" to label the selection exactly, without snapping to words. */
	public static final String EXACT_PARAMETER = "org.hashiya.ui.exact";

	private CommandIds() {
	}
}
