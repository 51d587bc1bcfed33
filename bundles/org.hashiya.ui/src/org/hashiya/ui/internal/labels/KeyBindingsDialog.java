package org.hashiya.ui.internal.labels;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.services.IServiceLocator;
import org.hashiya.model.AnnotationProject;
import org.hashiya.model.Label;
import org.hashiya.ui.internal.CommandIds;

/**
 * A cheat sheet of the article editor's keys: every Hashiya command with the keys bound to it now
 * (so changes made in the Keys preferences show), the workbench's Undo, Redo, Save and Revert, and
 * the project's label hotkeys. Esc closes it.
 */
public final class KeyBindingsDialog extends Dialog {

	/** One line of the sheet: a heading (with no action), or keys and what they do. */
	public record Entry(String keys, String action, boolean heading) {
	}

	/** The category of the Hashiya commands in plugin.xml. */
	public static final String CATEGORY = "org.hashiya.ui.category";

	private static final List<String> WORKBENCH_COMMANDS = List.of(IWorkbenchCommandConstants.EDIT_UNDO, IWorkbenchCommandConstants.EDIT_REDO,
			IWorkbenchCommandConstants.FILE_SAVE, IWorkbenchCommandConstants.FILE_REVERT);
	/** The digits 1–9 apply the labels in their order. */
	private static final int DIGIT_KEYS = 9;
	/** Enough for the whole sheet of a project with a dozen labels; longer ones scroll. */
	private static final int MAX_SHOWN_ROWS = 36;

	private final List<Entry> entries;

	/**
	 * Reads the bindings when created: the article editor (whose key context decides which bindings
	 * are active) must be the active part then, not once this dialog has taken the focus.
	 *
	 * @param services the article editor's site
	 */
	public KeyBindingsDialog(Shell parent, IServiceLocator services, AnnotationProject project) {
		super(parent);
		entries = List.copyOf(read(services.getService(IBindingService.class), services.getService(ICommandService.class), project));
	}

	/** @return the lines of the sheet, headings included */
	public List<Entry> entries() {
		return entries;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.KeyBindingsDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		new TableColumn(table, SWT.LEFT).setText(Messages.KeyBindingsDialog_keysColumn);
		new TableColumn(table, SWT.LEFT).setText(Messages.KeyBindingsDialog_actionColumn);
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
		for (Entry entry : entries) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.keys(), entry.action() });
			if (entry.heading()) {
				item.setFont(bold);
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		int shownRows = Math.min(entries.size(), MAX_SHOWN_ROWS);
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(convertWidthInCharsToPixels(90), table.getHeaderHeight() + shownRows * table.getItemHeight()).applyTo(table);
		org.eclipse.swt.widgets.Label hint = new org.eclipse.swt.widgets.Label(area, SWT.WRAP);
		hint.setText(Messages.KeyBindingsDialog_changeKeys);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(90), SWT.DEFAULT).applyTo(hint);
		return area;
	}

	/** The focus starts on Close, so that no line of the sheet looks selected. */
	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true).setFocus();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			setReturnCode(OK);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private static List<Entry> read(IBindingService bindings, ICommandService commands, AnnotationProject project) {
		List<Entry> read = new ArrayList<>();
		read.add(heading(Messages.KeyBindingsDialog_commands));
		Collator collator = Collator.getInstance();
		List<Command> hashiya = Arrays.stream(commands.getDefinedCommands()).filter(KeyBindingsDialog::isHashiya)
				.sorted(Comparator.comparing(KeyBindingsDialog::name, collator)).toList();
		for (Command command : hashiya) {
			String keys = keys(bindings.getActiveBindingsFor(command.getId()));
			if (keys.isEmpty() && command.getId().equals(CommandIds.APPLY_LABEL)) {
				keys = Messages.KeyBindingsDialog_labelKeys;
			}
			read.add(new Entry(orNoKey(keys), name(command), false));
		}

		read.add(heading(Messages.KeyBindingsDialog_workbench));
		for (String id : WORKBENCH_COMMANDS) {
			Command command = commands.getCommand(id);
			if (command.isDefined()) {
				read.add(new Entry(orNoKey(keys(bindings.getActiveBindingsFor(id))), name(command), false));
			}
		}

		read.add(heading(Messages.KeyBindingsDialog_labels));
		List<Label> labels = project.getLabelSets().stream().flatMap(labelSet -> labelSet.getLabels().stream()).toList();
		Command applyLabel = commands.getCommand(CommandIds.APPLY_LABEL);
		for (int index = 0; index < labels.size(); index++) {
			Label label = labels.get(index);
			List<String> keys = new ArrayList<>();
			if (label.getHotkey() != null && !label.getHotkey().isEmpty()) {
				keys.add(KeyStroke.getInstance(Character.toUpperCase(label.getHotkey().codePointAt(0))).format());
			}
			if (index < DIGIT_KEYS) {
				ParameterizedCommand byNumber = ParameterizedCommand.generateCommand(applyLabel,
						Map.of(CommandIds.LABEL_NUMBER_PARAMETER, Integer.toString(index + 1)));
				if (byNumber != null) {
					keys.add(keys(bindings.getActiveBindingsFor(byNumber)));
				}
			}
			String action = label.getDescription() == null ? NLS.bind(Messages.KeyBindingsDialog_label, label.getName())
					: NLS.bind(Messages.KeyBindingsDialog_labelWithDescription, label.getName(), label.getDescription());
			read.add(new Entry(orNoKey(keys.stream().filter(key -> !key.isEmpty()).collect(Collectors.joining(", "))), action, false));
		}
		if (labels.isEmpty()) {
			read.add(new Entry("", Messages.KeyBindingsDialog_noLabels, false));
		} else if (labels.stream().anyMatch(label -> label.getHotkey() != null)) {
			// The editor reads the letters itself, with or without Shift, so these are no bindings to look up.
			read.add(new Entry(KeyStroke.getInstance(SWT.SHIFT, KeyStroke.NO_KEY).format() + Messages.KeyBindingsDialog_letter,
					Messages.KeyBindingsDialog_exact, false));
		}
		return read;
	}

	private static Entry heading(String text) {
		return new Entry(text, "", true);
	}

	private static boolean isHashiya(Command command) {
		try {
			return command.getCategory() != null && CATEGORY.equals(command.getCategory().getId());
		} catch (NotDefinedException e) {
			return false;
		}
	}

	private static String name(Command command) {
		try {
			return command.getName();
		} catch (NotDefinedException e) {
			return command.getId();
		}
	}

	private static String keys(TriggerSequence[] sequences) {
		return Arrays.stream(sequences).map(TriggerSequence::format).distinct().collect(Collectors.joining(", "));
	}

	private static String orNoKey(String keys) {
		return keys.isEmpty() ? Messages.KeyBindingsDialog_noKey : keys;
	}
}
