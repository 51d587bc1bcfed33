package org.hashiya.ui.internal.labels;

import org.eclipse.osgi.util.NLS;

/** The strings of the label and key binding dialogs; the texts are in {@code messages.properties}. */
public final class Messages extends NLS {

	public static String LabelSetDialog_shellTitle;
	public static String LabelSetDialog_title;
	public static String LabelSetDialog_message;
	public static String LabelSetDialog_colourColumn;
	public static String LabelSetDialog_nameColumn;
	public static String LabelSetDialog_hotkeyColumn;
	public static String LabelSetDialog_descriptionColumn;
	public static String LabelSetDialog_spansColumn;
	public static String LabelSetDialog_add;
	public static String LabelSetDialog_rename;
	public static String LabelSetDialog_colour;
	public static String LabelSetDialog_hotkey;
	public static String LabelSetDialog_description;
	public static String LabelSetDialog_delete;
	public static String LabelSetDialog_renameTitle;
	public static String LabelSetDialog_renameMessage;
	public static String LabelSetDialog_hotkeyTitle;
	public static String LabelSetDialog_hotkeyMessage;
	public static String LabelSetDialog_descriptionTitle;
	public static String LabelSetDialog_descriptionMessage;
	public static String LabelSetDialog_deleteTitle;
	public static String LabelSetDialog_deleteOneSpan;
	public static String LabelSetDialog_deleteSpans;
	public static String LabelSetDialog_deleteAndRelabel;
	public static String LabelSetDialog_noOtherLabel;
	public static String LabelSetDialog_cannotExecute;
	public static String LabelSetDialog_newLabelSet;
	public static String LabelSetDialog_saveFailed;
	public static String LabelSetDialog_restoreFailed;
	public static String LabelSetDialog_errorTitle;
	public static String NewLabelDialog_title;
	public static String NewLabelDialog_name;
	public static String NewLabelDialog_hotkey;
	public static String NewLabelDialog_hotkeyHint;
	public static String NewLabelDialog_description;
	public static String EditLabels_unsavedTitle;
	public static String EditLabels_unsavedQuestion;
	public static String EditLabels_unsavedEditor;
	public static String EditLabels_saveAll;
	public static String EditLabels_cancel;
	public static String KeyBindingsDialog_title;
	public static String KeyBindingsDialog_keysColumn;
	public static String KeyBindingsDialog_actionColumn;
	public static String KeyBindingsDialog_commands;
	public static String KeyBindingsDialog_workbench;
	public static String KeyBindingsDialog_labels;
	public static String KeyBindingsDialog_noKey;
	public static String KeyBindingsDialog_labelKeys;
	public static String KeyBindingsDialog_label;
	public static String KeyBindingsDialog_labelWithDescription;
	public static String KeyBindingsDialog_letter;
	public static String KeyBindingsDialog_exact;
	public static String KeyBindingsDialog_noLabels;
	public static String KeyBindingsDialog_changeKeys;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
