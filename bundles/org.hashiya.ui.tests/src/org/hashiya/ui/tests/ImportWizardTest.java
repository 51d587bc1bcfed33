package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.hashiya.core.ProjectFolder;
import org.hashiya.model.Article;
import org.hashiya.ui.internal.Messages;
import org.hashiya.ui.internal.importing.ImportCorpusJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Import › Hashiya › Corpus into an Annotation Project, driven through its page as a person would. */
class ImportWizardTest {

	private static final String WIZARD_ID = "org.hashiya.ui.importCorpus";
	private static final String CORPUS = """
			{"id": "baghdad", "text": "زار الوفد بغداد 😀 يوم الثلاثاء", "spans": [{"start": 10, "end": 15, "label": "LOC"}, {"start": 18, "end": 30, "label": "DATE"}]}
			{"id": "cairo", "text": "وصل المبعوث إلى القاهرة", "spans": [{"start": 16, "end": 23, "label": "LOC"}]}
			""";

	@TempDir
	Path inputs;
	private final List<IProject> projects = new ArrayList<>();
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener log = (status, plugin) -> logged.add(status);
	private WizardDriver wizard;
	private SampleWorkspace sample;

	@AfterEach
	void closeDialogsAndDeleteProjects() throws CoreException, IOException {
		Platform.removeLogListener(log);
		for (Shell shell : Display.getCurrent().getShells()) {
			if (List.of(Messages.ImportCorpus_windowTitle, Messages.ImportCorpus_finishedTitle, Messages.ImportCorpus_failedTitle).contains(shell.getText())) {
				shell.close();
			}
		}
		for (IProject project : projects) {
			project.delete(true, true, null);
		}
		if (sample != null) {
			sample.dispose();
		}
		SampleWorkspace.processEvents();
	}

	@Test
	void theWizardIsListedUnderHashiyaInFileImport() {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(WIZARD_ID);

		assertNotNull(descriptor, "registered as an import wizard");
		assertEquals("Hashiya", descriptor.getCategory().getLabel());
	}

	@Test
	void aJsonlCorpusBecomesANewProjectWithItsSpans() throws Exception {
		Path corpus = Files.writeString(inputs.resolve("corpus.jsonl"), CORPUS);
		String name = "imported-" + UUID.randomUUID();
		openWizard();

		fill(corpus, Messages.ImportCorpus_formatJsonl, name, "layla");
		wizard.finish(ImportCorpusJob.FAMILY);

		Shell finished = WizardDriver.awaitShell(Messages.ImportCorpus_finishedTitle);
		assertTrue(WizardDriver.texts(finished).contains("Imported 2 articles (2 new) with 3 spans of layla (3)"), WizardDriver.texts(finished));
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		projects.add(project);
		assertTrue(project.isOpen(), "the new project is in the workspace");
		assertTrue(project.getFile("baghdad.txt").exists(), "its articles are workspace files");
		ProjectFolder imported = ProjectFolder.open(project.getLocation().toFile().toPath());
		Article article = imported.article("baghdad").orElseThrow();
		assertEquals(List.of("بغداد", "يوم الثلاثاء"), imported.findAnnotationSet(article, imported.annotator("layla")).orElseThrow().getSpans().stream()
				.map(span -> article.getText().substring(span.getBegin(), span.getEnd())).sorted().toList());
	}

	@Test
	void aBadFileIsShownInADialogAndLoggedAndNothingIsMade() throws Exception {
		Path corpus = Files.writeString(inputs.resolve("broken.jsonl"), "{\"id\": \"a\", \"spans\": []}\n");
		String name = "broken-" + UUID.randomUUID();
		Platform.addLogListener(log);
		openWizard();

		fill(corpus, Messages.ImportCorpus_formatJsonl, name, "");
		// The test harness keeps error dialogs closed (they would wait for a person); this test is about that dialog.
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		Shell failed;
		try {
			wizard.finish(ImportCorpusJob.FAMILY);
			failed = WizardDriver.awaitShell(Messages.ImportCorpus_failedTitle);
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		assertTrue(WizardDriver.texts(failed).contains(corpus + " line 1: the object has no \"text\""), WizardDriver.texts(failed));
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists(), "no project");
		assertFalse(Files.exists(ResourcesPlugin.getWorkspace().getRoot().getLocation().append(name).toFile().toPath()), "no folder");
		assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.ERROR && status.getMessage().contains(corpus + " line 1")),
				"written to the Error Log: " + logged);
	}

	@Test
	void aProjectWithAnOpenArticleIsNotImportedInto() throws Exception {
		sample = SampleWorkspace.create();
		sample.open(SampleWorkspace.ARTICLE_000);
		Path corpus = Files.writeString(inputs.resolve("corpus.jsonl"), CORPUS);
		String projectName = sample.folder().getFileName().toString();
		openWizard();

		fill(corpus, Messages.ImportCorpus_formatJsonl, null, "");
		wizard.choose(Messages.ImportCorpus_existingProject, projectName);
		wizard.finish(ImportCorpusJob.FAMILY);

		assertNotNull(wizard.dialog().getShell(), "the wizard stays open");
		assertTrue(wizard.dialog().getCurrentPage().getErrorMessage().startsWith("Close the articles of " + projectName + " first"),
				wizard.dialog().getCurrentPage().getErrorMessage());
		assertFalse(Files.exists(sample.folder().resolve("baghdad.txt")), "nothing imported");
	}

	private void openWizard() throws CoreException {
		wizard = WizardDriver.open((IImportWizard) PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(WIZARD_ID).createWizard(),
				StructuredSelection.EMPTY);
	}

	/** Chooses the format, the input, a new project (unless {@code newProject} is null) and the annotator. */
	private void fill(Path input, String format, String newProject, String annotator) {
		wizard.choose(Messages.ImportCorpus_format, format);
		wizard.fieldAfter(Messages.ImportCorpus_input, Text.class).setText(input.toString());
		if (newProject != null) {
			Button existing = button(Messages.ImportCorpus_existingProject);
			Button fresh = button(Messages.ImportCorpus_newProject);
			existing.setSelection(false);
			fresh.setSelection(true);
			fresh.notifyListeners(SWT.Selection, new Event());
			wizard.fieldAfter(Messages.ImportCorpus_newProject, Text.class).setText(newProject);
		}
		wizard.fieldAfter(Messages.ImportCorpus_annotator, Text.class).setText(annotator);
		SampleWorkspace.processEvents();
	}

	private Button button(String text) {
		return Widgets.all((Composite) wizard.dialog().getCurrentPage().getControl(), Button.class).stream().filter(button -> button.getText().equals(text))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + text));
	}
}
