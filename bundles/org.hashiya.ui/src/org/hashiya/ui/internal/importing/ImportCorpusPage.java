package org.hashiya.ui.internal.importing;

import static org.hashiya.ui.internal.FormFields.button;
import static org.hashiya.ui.internal.FormFields.choices;
import static org.hashiya.ui.internal.FormFields.labeled;
import static org.hashiya.ui.internal.FormFields.span;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.hashiya.core.ProjectFolder;
import org.hashiya.uima.importing.ImportFormat;
import org.hashiya.uima.importing.ImportRequest;
import org.hashiya.ui.internal.Messages;

/**
 * What to import and into which project: the format, the file or folder, an annotation project of
 * the workspace or a new one, and the options of {@link ImportRequest}. The page is complete when
 * the request can be made; what is wrong with the files themselves the import says.
 */
final class ImportCorpusPage extends WizardPage {

	private static final List<String> ENCODINGS = List.of("windows-1256", "UTF-8", "ISO-8859-6");

	private final Optional<IProject> selected;
	private Combo format;
	private Text input;
	private Button intoExisting;
	private Combo existing;
	private Button intoNew;
	private Text newName;
	private Text annotator;
	private Combo encoding;
	private Text labelType;
	private Text labelFeature;
	private Button strict;
	private List<IProject> projects = List.of();

	/** @param selected the project selected in the workbench, offered as the target */
	ImportCorpusPage(Optional<IProject> selected) {
		super("importCorpus");
		this.selected = selected;
		setTitle(Messages.ImportCorpus_pageTitle);
		setDescription(Messages.ImportCorpus_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		format = choices(page, Messages.ImportCorpus_format, ImportFormat.values(), ImportCorpusPage::description);

		input = new Text(labeled(page, Messages.ImportCorpus_input), SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(input);
		Composite choose = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(choose);
		button(choose, Messages.ImportCorpus_chooseFile, SWT.PUSH).addListener(SWT.Selection, event -> chooseFile());
		button(choose, Messages.ImportCorpus_chooseFolder, SWT.PUSH).addListener(SWT.Selection, event -> chooseFolder());

		intoExisting = button(page, Messages.ImportCorpus_existingProject, SWT.RADIO);
		existing = new Combo(page, SWT.READ_ONLY);
		span(existing, 2);
		intoNew = button(page, Messages.ImportCorpus_newProject, SWT.RADIO);
		newName = new Text(page, SWT.BORDER);
		span(newName, 2);
		listProjects();

		annotator = new Text(labeled(page, Messages.ImportCorpus_annotator), SWT.BORDER);
		annotator.setMessage(Messages.ImportCorpus_annotatorHint);
		span(annotator, 2);
		encoding = new Combo(labeled(page, Messages.ImportCorpus_encoding), SWT.DROP_DOWN);
		encoding.add(Messages.ImportCorpus_automaticEncoding);
		ENCODINGS.forEach(encoding::add);
		encoding.select(0);
		span(encoding, 2);
		labelType = new Text(labeled(page, Messages.ImportCorpus_labelType), SWT.BORDER);
		labelType.setMessage(Messages.ImportCorpus_labelTypeHint);
		span(labelType, 2);
		labelFeature = new Text(labeled(page, Messages.ImportCorpus_labelFeature), SWT.BORDER);
		labelFeature.setMessage(Messages.ImportCorpus_labelFeatureHint);
		span(labelFeature, 2);
		strict = button(page, Messages.ImportCorpus_strict, SWT.CHECK);
		span(strict, 3);

		Stream.of(input, newName, annotator, labelType, labelFeature).forEach(text -> text.addListener(SWT.Modify, event -> validate()));
		Stream.of(format, existing, encoding).forEach(combo -> combo.addListener(SWT.Modify, event -> validate()));
		Stream.of(intoExisting, intoNew).forEach(radio -> radio.addListener(SWT.Selection, event -> validate()));
		setControl(page);
		validate();
	}

	/** @return the import the page describes; only when the page is complete */
	ImportRequest request() {
		ImportRequest request = ImportRequest.of(format(), Path.of(input.getText().strip()), folder(target())).strict(strict.getSelection());
		if (!annotator.getText().isBlank()) {
			request = request.withAnnotator(annotator.getText().strip());
		}
		if (encoding.getSelectionIndex() != 0) {
			request = request.withEncoding(Charset.forName(encoding.getText().strip()));
		}
		if (!labelType.getText().isBlank()) {
			request = request.withLabelType(labelType.getText().strip(), labelFeature.getText().isBlank() ? null : labelFeature.getText().strip());
		}
		return request;
	}

	/** @return the workspace project to import into: an existing one, or the handle of the one to make */
	IProject target() {
		if (intoExisting.getSelection()) {
			return projects.get(existing.getSelectionIndex());
		}
		return ResourcesPlugin.getWorkspace().getRoot().getProject(newName.getText().strip());
	}

	boolean isNewProject() {
		return intoNew.getSelection();
	}

	/** @return the folder of a workspace project, existing or to be made where the workspace puts new projects */
	static Path folder(IProject project) {
		return project.exists() ? project.getLocation().toFile().toPath() : project.getWorkspace().getRoot().getLocation().append(project.getName()).toFile().toPath();
	}

	private static String description(ImportFormat importFormat) {
		return switch (importFormat) {
		case TEXT -> Messages.ImportCorpus_formatText;
		case HTML -> Messages.ImportCorpus_formatHtml;
		case XMI -> Messages.ImportCorpus_formatXmi;
		case CONLL -> Messages.ImportCorpus_formatConll;
		case JSONL -> Messages.ImportCorpus_formatJsonl;
		case TSV -> Messages.ImportCorpus_formatTsv;
		};
	}

	private ImportFormat format() {
		return ImportFormat.values()[format.getSelectionIndex()];
	}

	private void validate() {
		String problem = problem();
		boolean xmi = format() == ImportFormat.XMI;
		labelType.setEnabled(xmi);
		labelFeature.setEnabled(xmi);
		strict.setEnabled(xmi);
		existing.setEnabled(intoExisting.getSelection());
		newName.setEnabled(intoNew.getSelection());
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** @return what keeps the page from being complete, or null */
	private String problem() {
		String path = input.getText().strip();
		if (path.isEmpty()) {
			return Messages.ImportCorpus_noInput;
		}
		if (!Files.exists(Path.of(path))) {
			return NLS.bind(Messages.ImportCorpus_inputMissing, path);
		}
		String targetProblem = targetProblem();
		if (targetProblem != null) {
			return targetProblem;
		}
		if (!annotator.getText().isBlank()) {
			try {
				ProjectFolder.checkAnnotatorName(annotator.getText().strip());
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		}
		if (encoding.getSelectionIndex() != 0 && !isEncoding(encoding.getText().strip())) {
			return NLS.bind(Messages.ImportCorpus_badEncoding, encoding.getText().strip());
		}
		if (format() == ImportFormat.XMI && labelType.getText().isBlank() && !labelFeature.getText().isBlank()) {
			return Messages.ImportCorpus_featureWithoutType;
		}
		return null;
	}

	private String targetProblem() {
		if (intoExisting.getSelection()) {
			return existing.getSelectionIndex() < 0 ? Messages.ImportCorpus_noProject : null;
		}
		String name = newName.getText().strip();
		if (name.isEmpty()) {
			return Messages.ImportCorpus_noProject;
		}
		IStatus valid = ResourcesPlugin.getWorkspace().validateName(name, IResource.PROJECT);
		if (!valid.isOK()) {
			return valid.getMessage();
		}
		if (ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists()) {
			return NLS.bind(Messages.ImportCorpus_projectExists, name);
		}
		Path folder = folder(target());
		if (!Files.exists(folder)) {
			return null;
		}
		try (Stream<Path> children = Files.isDirectory(folder) ? Files.list(folder) : Stream.of(folder)) {
			return children.findAny().isPresent() ? NLS.bind(Messages.ImportCorpus_folderNotEmpty, folder) : null;
		} catch (IOException e) {
			return e.getMessage();
		}
	}

	/** Offers the annotation projects of the workspace, the selected one first chosen; a new project when there is none. */
	private void listProjects() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		projects = Arrays.stream(root.getProjects()).filter(project -> project.isOpen() && project.getLocation() != null
				&& ProjectFolder.isProject(project.getLocation().toFile().toPath())).toList();
		projects.forEach(project -> existing.add(project.getName()));
		if (projects.isEmpty()) {
			intoExisting.setEnabled(false);
			intoNew.setSelection(true);
		} else {
			intoExisting.setSelection(true);
			existing.select(selected.map(projects::indexOf).filter(index -> index >= 0).orElse(0));
		}
	}

	private void chooseFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.zip;*.jsonl;*.conll;*.conll2002;*.conll2003;*.iob;*.bio;*.txt;*.html;*.htm;*.xmi", "*" });
		Optional.ofNullable(dialog.open()).ifPresent(input::setText);
	}

	private void chooseFolder() {
		Optional.ofNullable(new DirectoryDialog(getShell()).open()).ifPresent(input::setText);
	}

	private static boolean isEncoding(String name) {
		try {
			return Charset.isSupported(name);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}
}
