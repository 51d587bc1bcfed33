package org.hashiya.ui.internal.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.hashiya.core.DefaultLabelSet;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.editing.LabelInUseException;
import org.hashiya.core.editing.LabelSetCommands;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.HashiyaPackage.Literals;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.LabelColours;
import org.hashiya.ui.internal.FunctionLabelProvider;

/**
 * Edits the labels of an annotation project: adds, renames, recolours and deletes them and changes
 * their hotkeys and descriptions. Every change is a {@link LabelSetCommands} command on this
 * dialog's own command stack, applied to the shared model at once (open editors restyle while the
 * dialog is open); OK writes the project descriptor and the annotation files whose spans changed,
 * and any other way of closing undoes every change.
 */
public final class LabelSetDialog extends TitleAreaDialog {

	/** The questions the dialog asks; tests answer them without opening windows. */
	public interface Questions {

		/** @return the name, hotkey and description of a label to add, or empty when the user cancelled */
		Optional<NewLabel> newLabel(Shell parent);

		/** @return the text the user entered, or empty when they cancelled */
		Optional<String> text(Shell parent, String title, String message, String initial);

		/** @return the colour the user chose, or empty when they cancelled */
		Optional<RGB> colour(Shell parent, RGB initial);

		/**
		 * @param question says how many spans use the label being deleted
		 * @return the label, one of {@code candidates}, that the spans get, or empty to keep the label
		 */
		Optional<Label> replacement(Shell parent, String question, List<Label> candidates);
	}

	/** What the user entered for a new label; its colour is chosen for them and can be changed after. */
	public record NewLabel(String name, String hotkey, String description) {
	}

	private static final int SWATCH_WIDTH = 24;
	private static final int SWATCH_HEIGHT = 14;

	private final ProjectFolder project;
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	private final LabelSetCommands commands;
	private final Set<Label> renamed = new LinkedHashSet<>();
	/** Taken before each deletion, because afterwards the spans carry the replacement label. */
	private final Set<AnnotationSet> setsOfDeletedLabels = new LinkedHashSet<>();
	/** What OK wrote before a save failed, to be written back as it was if the user then cancels. */
	private final Set<AnnotationSet> writtenSets = new LinkedHashSet<>();
	private boolean descriptorWritten;
	private boolean saved;
	private Questions questions = new DialogQuestions();
	private final Map<RGB, Image> swatches = new HashMap<>();
	private final List<Button> labelButtons = new ArrayList<>();
	private TableViewer viewer;

	public LabelSetDialog(Shell parent, ProjectFolder project) {
		super(parent);
		this.project = project;
		this.commands = new LabelSetCommands(domain, project.project());
	}

	/** Replaces the dialogs that ask for names, colours and replacement labels. */
	public void setQuestions(Questions questions) {
		this.questions = questions;
	}

	/** @return whether the labels were changed and the changes saved, so that editors' undo history is stale */
	public boolean changedLabels() {
		return saved && domain.getCommandStack().canUndo();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LabelSetDialog_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.LabelSetDialog_title, project.project().getName()));
		setMessage(Messages.LabelSetDialog_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		viewer = new TableViewer(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(100), convertHeightInCharsToPixels(14)).applyTo(table);
		column(Messages.LabelSetDialog_colourColumn, 10, SWT.LEFT, label -> "", this::swatch);
		column(Messages.LabelSetDialog_nameColumn, 14, SWT.LEFT, Label::getName, null);
		column(Messages.LabelSetDialog_hotkeyColumn, 10, SWT.LEFT, label -> label.getHotkey() == null ? "" : label.getHotkey(), null);
		column(Messages.LabelSetDialog_descriptionColumn, 50, SWT.LEFT, label -> label.getDescription() == null ? "" : label.getDescription(), null);
		column(Messages.LabelSetDialog_spansColumn, 8, SWT.RIGHT, label -> Long.toString(commands.spansUsing(label)), null);
		viewer.setContentProvider((IStructuredContentProvider) input -> labels().toArray());
		viewer.setInput(project.project());
		viewer.addSelectionChangedListener(event -> updateButtons());
		viewer.addDoubleClickListener(event -> rename());
		table.addDisposeListener(event -> swatches.values().forEach(Image::dispose));

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.LabelSetDialog_add, this::add);
		labelButtons.add(button(buttons, Messages.LabelSetDialog_rename, this::rename));
		labelButtons.add(button(buttons, Messages.LabelSetDialog_colour, this::recolour));
		labelButtons.add(button(buttons, Messages.LabelSetDialog_hotkey, this::changeHotkey));
		labelButtons.add(button(buttons, Messages.LabelSetDialog_description, this::describe));
		labelButtons.add(button(buttons, Messages.LabelSetDialog_delete, this::delete));
		updateButtons();
		return area;
	}

	@Override
	protected void okPressed() {
		if (!domain.getCommandStack().canUndo() || save()) {
			saved = true;
			super.okPressed();
		}
	}

	/** Cancel, Esc and closing the window all drop the changes: they are only kept by OK. */
	@Override
	public boolean close() {
		if (!saved) {
			CommandStack stack = domain.getCommandStack();
			while (stack.canUndo()) {
				stack.undo();
			}
			restoreWrittenFiles();
		}
		return super.close();
	}

	private void add() {
		questions.newLabel(getShell()).ifPresent(answer -> {
			Optional<Label> added = execute(() -> addCommand(answer)).flatMap(command -> command.getResult().stream()
					.filter(Label.class::isInstance).map(Label.class::cast).findFirst());
			added.ifPresent(label -> viewer.setSelection(new StructuredSelection(label), true));
		});
	}

	/** The new label goes into the selected label's set, or the last set; a project without one gets one. */
	private Command addCommand(NewLabel answer) {
		List<LabelSet> labelSets = project.project().getLabelSets();
		Optional<LabelSet> target = selectedLabel().map(label -> (LabelSet) label.eContainer())
				.or(() -> labelSets.isEmpty() ? Optional.empty() : Optional.of(labelSets.get(labelSets.size() - 1)));
		if (target.isPresent()) {
			return commands.add(target.get(), answer.name(), unusedColour(), answer.hotkey(), answer.description());
		}
		LabelSet created = HashiyaFactory.eINSTANCE.createLabelSet();
		created.setName(Messages.LabelSetDialog_newLabelSet);
		created.setVersion(1);
		Command addLabel = commands.add(created, answer.name(), unusedColour(), answer.hotkey(), answer.description());
		CompoundCommand both = new CompoundCommand(addLabel.getLabel());
		both.append(AddCommand.create(domain, project.project(), Literals.ANNOTATION_PROJECT__LABEL_SETS, created));
		both.append(addLabel);
		return both;
	}

	private void rename() {
		selectedLabel().ifPresent(label -> questions.text(getShell(), Messages.LabelSetDialog_renameTitle,
				NLS.bind(Messages.LabelSetDialog_renameMessage, label.getName()), label.getName())
				.flatMap(name -> execute(() -> commands.rename(label, name.strip())))
				.ifPresent(command -> renamed.add(label)));
	}

	private void recolour() {
		selectedLabel().ifPresent(label -> questions.colour(getShell(), LabelColours.rgb(label))
				.ifPresent(rgb -> execute(() -> commands.setColour(label, String.format(Locale.ROOT, "#%02X%02X%02X", rgb.red, rgb.green, rgb.blue)))));
	}

	private void changeHotkey() {
		selectedLabel().ifPresent(label -> questions.text(getShell(), Messages.LabelSetDialog_hotkeyTitle,
				NLS.bind(Messages.LabelSetDialog_hotkeyMessage, label.getName()), label.getHotkey() == null ? "" : label.getHotkey())
				.ifPresent(hotkey -> execute(() -> commands.setHotkey(label, hotkey))));
	}

	private void describe() {
		selectedLabel().ifPresent(label -> questions.text(getShell(), Messages.LabelSetDialog_descriptionTitle,
				NLS.bind(Messages.LabelSetDialog_descriptionMessage, label.getName()), label.getDescription() == null ? "" : label.getDescription())
				.ifPresent(description -> execute(() -> commands.setDescription(label, description))));
	}

	/** A label that spans use is deleted only once the user chose the label they get instead. */
	private void delete() {
		Optional<Label> selected = selectedLabel();
		if (selected.isEmpty()) {
			return;
		}
		Label label = selected.get();
		Command deletion;
		try {
			deletion = commands.delete(label, null);
		} catch (LabelInUseException inUse) {
			List<Label> others = labels().stream().filter(other -> other != label).toList();
			if (others.isEmpty()) {
				setErrorMessage(NLS.bind(Messages.LabelSetDialog_noOtherLabel, label.getName()));
				return;
			}
			String question = inUse.spans() == 1 ? NLS.bind(Messages.LabelSetDialog_deleteOneSpan, label.getName())
					: NLS.bind(Messages.LabelSetDialog_deleteSpans, label.getName(), inUse.spans());
			Optional<Label> replacement = questions.replacement(getShell(), question, others);
			if (replacement.isEmpty()) {
				return;
			}
			deletion = commands.delete(label, replacement.get());
		}
		List<AnnotationSet> using = project.annotationSetsUsing(List.of(label));
		Command command = deletion;
		execute(() -> command).ifPresent(done -> setsOfDeletedLabels.addAll(using));
	}

	/**
	 * Executes the command {@code make} returns on this dialog's stack; when it refuses the input,
	 * its message goes to the error area.
	 *
	 * @return the executed command, or empty when it was refused
	 */
	private Optional<Command> execute(Supplier<Command> make) {
		Command command;
		try {
			command = make.get();
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return Optional.empty();
		}
		if (!command.canExecute()) {
			setErrorMessage(NLS.bind(Messages.LabelSetDialog_cannotExecute, command.getLabel()));
			return Optional.empty();
		}
		domain.getCommandStack().execute(command);
		setErrorMessage(null);
		viewer.refresh();
		updateButtons();
		return Optional.of(command);
	}

	/**
	 * Writes the annotation files whose spans changed label, then the descriptor: should writing stop
	 * half-way after a deletion, the old descriptor still defines the label the written files no
	 * longer use, so the project still opens.
	 */
	private boolean save() {
		Set<AnnotationSet> sets = new LinkedHashSet<>(setsOfDeletedLabels);
		sets.addAll(project.annotationSetsUsing(renamed));
		for (AnnotationSet set : sets) {
			try {
				project.save(set);
				writtenSets.add(set);
			} catch (IOException | RuntimeException e) {
				showSaveError(project.annotationFile(set.getArticle(), set.getAnnotator()), e);
				return false;
			}
		}
		try {
			project.saveDescriptor();
			descriptorWritten = true;
		} catch (IOException | RuntimeException e) {
			showSaveError(project.root().resolve(ProjectFolder.DESCRIPTOR), e);
			return false;
		}
		return true;
	}

	private void showSaveError(Path file, Exception error) {
		String message = NLS.bind(Messages.LabelSetDialog_saveFailed, file, error.getMessage());
		HashiyaUiPlugin.log(message, error);
		setErrorMessage(message);
		ErrorDialog.openError(getShell(), Messages.LabelSetDialog_errorTitle, message, new Status(IStatus.ERROR, HashiyaUiPlugin.ID, error.getMessage(), error));
	}

	/** After an OK that failed half-way and a Cancel, the files already written go back to the undone model. */
	private void restoreWrittenFiles() {
		for (AnnotationSet set : writtenSets) {
			try {
				project.save(set);
			} catch (IOException | RuntimeException e) {
				HashiyaUiPlugin.log(NLS.bind(Messages.LabelSetDialog_restoreFailed, project.annotationFile(set.getArticle(), set.getAnnotator()), e.getMessage()), e);
			}
		}
		writtenSets.clear();
		if (descriptorWritten) {
			try {
				project.saveDescriptor();
			} catch (IOException | RuntimeException e) {
				HashiyaUiPlugin.log(NLS.bind(Messages.LabelSetDialog_restoreFailed, project.root().resolve(ProjectFolder.DESCRIPTOR), e.getMessage()), e);
			}
			descriptorWritten = false;
		}
	}

	/** @return the project's labels in the order the digit keys apply them */
	private List<Label> labels() {
		return project.project().getLabelSets().stream().flatMap(labelSet -> labelSet.getLabels().stream()).toList();
	}

	private Optional<Label> selectedLabel() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Label label ? Optional.of(label) : Optional.empty();
	}

	private void updateButtons() {
		boolean selected = selectedLabel().isPresent();
		labelButtons.forEach(button -> button.setEnabled(selected));
	}

	private String unusedColour() {
		return DefaultLabelSet.unusedColour(labels());
	}

	private void column(String title, int widthInChars, int alignment, Function<Label, String> text, Function<Label, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(convertWidthInCharsToPixels(widthInChars));
		column.setLabelProvider(new FunctionLabelProvider<>(Label.class, text, image));
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		setButtonLayoutData(button);
		return button;
	}

	private Image swatch(Label label) {
		return swatches.computeIfAbsent(LabelColours.rgb(label), rgb -> {
			ImageData data = new ImageData(SWATCH_WIDTH, SWATCH_HEIGHT, 1, new PaletteData(rgb, new RGB(0x80, 0x80, 0x80)));
			for (int x = 0; x < SWATCH_WIDTH; x++) {
				data.setPixel(x, 0, 1);
				data.setPixel(x, SWATCH_HEIGHT - 1, 1);
			}
			for (int y = 0; y < SWATCH_HEIGHT; y++) {
				data.setPixel(0, y, 1);
				data.setPixel(SWATCH_WIDTH - 1, y, 1);
			}
			return new Image(getShell().getDisplay(), data);
		});
	}
}
