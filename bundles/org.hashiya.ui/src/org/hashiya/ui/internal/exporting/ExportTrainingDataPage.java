package org.hashiya.ui.internal.exporting;

import static org.hashiya.ui.internal.FormFields.button;
import static org.hashiya.ui.internal.FormFields.choices;
import static org.hashiya.ui.internal.FormFields.labeled;
import static org.hashiya.ui.internal.FormFields.span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.curation.Curation;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportSelection;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;

/**
 * What to export and where: an annotation project of the workspace, one of its annotators, the
 * format, finished articles only or all, the labels, the folder, and whether to zip. The page is
 * complete when the export can start; what the format loses the export shows before it writes.
 */
final class ExportTrainingDataPage extends WizardPage {

	private static final int LABEL_ROWS = 6;

	private final Optional<IProject> selected;
	private List<IProject> projects = List.of();
	private Combo project;
	private Combo annotator;
	private Combo format;
	private Button finishedOnly;
	private Table labels;
	private Text folder;
	private Button zip;
	private Button xml11;
	/** Why the chosen project cannot be offered, or null. */
	private String projectProblem;

	/** @param selected the project selected in the workbench, offered first */
	ExportTrainingDataPage(Optional<IProject> selected) {
		super("exportTrainingData");
		this.selected = selected;
		setTitle(Messages.ExportData_pageTitle);
		setDescription(Messages.ExportData_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		project = new Combo(labeled(page, Messages.ExportData_project), SWT.READ_ONLY);
		span(project, 2);
		annotator = new Combo(labeled(page, Messages.ExportData_annotator), SWT.READ_ONLY);
		span(annotator, 2);
		format = choices(page, Messages.ExportData_format, ExportFormat.values(), ExportTrainingDataPage::description);
		finishedOnly = button(page, Messages.ExportData_finishedOnly, SWT.CHECK);
		span(finishedOnly, 3);
		labels = new Table(labeled(page, Messages.ExportData_labels), SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, labels.getItemHeight() * LABEL_ROWS).applyTo(labels);
		folder = new Text(labeled(page, Messages.ExportData_folder), SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		button(page, Messages.ExportData_chooseFolder, SWT.PUSH).addListener(SWT.Selection, event -> chooseFolder());
		zip = button(page, Messages.ExportData_zip, SWT.CHECK);
		span(zip, 3);
		xml11 = button(page, Messages.ExportData_xml11, SWT.CHECK);
		span(xml11, 3);

		listProjects();
		project.addListener(SWT.Modify, event -> {
			showProject();
			validate();
		});
		Stream.of(annotator, format).forEach(combo -> combo.addListener(SWT.Modify, event -> validate()));
		folder.addListener(SWT.Modify, event -> validate());
		labels.addListener(SWT.Selection, event -> validate());
		setControl(page);
		showProject();
		validate();
	}

	/** @return the chosen workspace project; only when the page is complete */
	IProject project() {
		return projects.get(project.getSelectionIndex());
	}

	/** @return the export the page describes; only when the page is complete */
	ExportRequest request() {
		Set<String> checked = Arrays.stream(labels.getItems()).filter(TableItem::getChecked).map(TableItem::getText).collect(Collectors.toSet());
		Set<String> kept = checked.size() == labels.getItemCount() ? Set.of() : checked;
		ExportSelection selection = new ExportSelection(Optional.of(annotator.getText()), finishedOnly.getSelection(), kept);
		return new ExportRequest(location(project()), selection, format(), Path.of(folder.getText().strip()), zip.getSelection(),
				xml11.getSelection());
	}

	private ExportFormat format() {
		return ExportFormat.values()[format.getSelectionIndex()];
	}

	/** Offers the annotation projects of the workspace, the selected one chosen. */
	private void listProjects() {
		projects = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(each -> each.isOpen() && each.getLocation() != null && ProjectFolder.isProject(location(each))).toList();
		projects.forEach(each -> project.add(each.getName()));
		if (!projects.isEmpty()) {
			project.select(selected.map(projects::indexOf).filter(index -> index >= 0).orElse(0));
		}
	}

	/** Fills the annotators and labels of the chosen project, as the workbench holds it. */
	private void showProject() {
		annotator.removeAll();
		labels.removeAll();
		projectProblem = null;
		if (project.getSelectionIndex() < 0) {
			return;
		}
		try {
			ExportSource source = ExportSource.of(HashiyaUiPlugin.getDefault().openProjects().get(location(project())));
			source.annotators().forEach(annotator::add);
			annotator.select(Math.max(0, source.annotators().indexOf(Curation.CURATOR)));
			for (String label : source.labels()) {
				TableItem item = new TableItem(labels, SWT.NONE);
				item.setText(label);
				item.setChecked(true);
			}
		} catch (IOException e) {
			projectProblem = NLS.bind(Messages.ExportData_cannotRead, project.getText(), e.getMessage());
			HashiyaUiPlugin.log(projectProblem, e);
		}
	}

	private void validate() {
		xml11.setEnabled(format.getSelectionIndex() >= 0 && format() == ExportFormat.XMI);
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** @return what keeps the page from being complete, or null */
	private String problem() {
		if (project.getSelectionIndex() < 0) {
			return Messages.ExportData_noProject;
		}
		if (projectProblem != null) {
			return projectProblem;
		}
		if (annotator.getItemCount() == 0) {
			return NLS.bind(Messages.ExportData_noAnnotator, project.getText());
		}
		if (Arrays.stream(labels.getItems()).noneMatch(TableItem::getChecked)) {
			return Messages.ExportData_noLabel;
		}
		String path = folder.getText().strip();
		if (path.isEmpty()) {
			return Messages.ExportData_noFolder;
		}
		if (Files.exists(Path.of(path)) && !Files.isDirectory(Path.of(path))) {
			return NLS.bind(Messages.ExportData_notAFolder, path);
		}
		return null;
	}

	private void chooseFolder() {
		Optional.ofNullable(new DirectoryDialog(getShell()).open()).ifPresent(folder::setText);
	}

	private static Path location(IProject workspaceProject) {
		return workspaceProject.getLocation().toFile().toPath();
	}

	private static String description(ExportFormat exportFormat) {
		return switch (exportFormat) {
		case XMI -> Messages.ExportData_formatXmi;
		case CONLL2002 -> Messages.ExportData_formatConll2002;
		case CONLL2003 -> Messages.ExportData_formatConll2003;
		case JSONL -> Messages.ExportData_formatJsonl;
		case TSV -> Messages.ExportData_formatTsv;
		};
	}
}
