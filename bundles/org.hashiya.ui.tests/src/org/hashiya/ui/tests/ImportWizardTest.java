package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
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
	private static final long TIMEOUT_MILLIS = 60_000;

	@TempDir
	Path inputs;
	private final List<IProject> projects = new ArrayList<>();
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener log = (status, plugin) -> logged.add(status);
	private WizardDialog dialog;
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
		finish();

		Shell finished = awaitShell(Messages.ImportCorpus_finishedTitle);
		assertTrue(texts(finished).contains("Imported 2 articles (2 new) with 3 spans of layla (3)"), texts(finished));
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
			finish();
			failed = awaitShell(Messages.ImportCorpus_failedTitle);
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		assertTrue(texts(failed).contains(corpus + " line 1: the object has no \"text\""), texts(failed));
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
		Combo projectsCombo = (Combo) fieldAfter(Messages.ImportCorpus_existingProject);
		projectsCombo.select(Arrays.asList(projectsCombo.getItems()).indexOf(projectName));
		projectsCombo.notifyListeners(SWT.Modify, new Event());
		finish();

		assertNotNull(dialog.getShell(), "the wizard stays open");
		assertTrue(dialog.getCurrentPage().getErrorMessage().startsWith("Close the articles of " + projectName + " first"),
				dialog.getCurrentPage().getErrorMessage());
		assertFalse(Files.exists(sample.folder().resolve("baghdad.txt")), "nothing imported");
	}

	private void openWizard() throws CoreException {
		IImportWizard wizard = (IImportWizard) PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(WIZARD_ID).createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		SampleWorkspace.processEvents();
	}

	/** Chooses the format, the input, a new project (unless {@code newProject} is null) and the annotator. */
	private void fill(Path input, String format, String newProject, String annotator) {
		Combo formats = (Combo) fieldAfter(Messages.ImportCorpus_format);
		formats.select(Arrays.asList(formats.getItems()).indexOf(format));
		formats.notifyListeners(SWT.Modify, new Event());
		((Text) fieldAfter(Messages.ImportCorpus_input)).setText(input.toString());
		if (newProject != null) {
			Button existing = button(Messages.ImportCorpus_existingProject);
			Button fresh = button(Messages.ImportCorpus_newProject);
			existing.setSelection(false);
			fresh.setSelection(true);
			fresh.notifyListeners(SWT.Selection, new Event());
			((Text) fieldAfter(Messages.ImportCorpus_newProject)).setText(newProject);
		}
		((Text) fieldAfter(Messages.ImportCorpus_annotator)).setText(annotator);
		SampleWorkspace.processEvents();
	}

	private void finish() throws InterruptedException {
		Button finish = Widgets.all(dialog.getShell(), Button.class).stream().filter(button -> button.getText().equals(IDialogConstants.FINISH_LABEL)).findFirst()
				.orElseThrow();
		assertTrue(finish.isEnabled(), "the page is complete: " + dialog.getCurrentPage().getErrorMessage());
		finish.notifyListeners(SWT.Selection, new Event());
		Job.getJobManager().join(ImportCorpusJob.FAMILY, null);
		SampleWorkspace.processEvents();
	}

	private static Shell awaitShell(String title) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < deadline) {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.getText().equals(title)) {
					return shell;
				}
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep to look at the shells again
				});
				display.sleep();
			}
		}
		throw new AssertionError("No dialog titled " + title + " within " + TIMEOUT_MILLIS + " ms");
	}

	/** @return the field that follows the label or radio button with this text on the wizard's page */
	private Control fieldAfter(String labelText) {
		Control[] children = ((Composite) dialog.getCurrentPage().getControl()).getChildren();
		for (int index = 0; index + 1 < children.length; index++) {
			if (children[index] instanceof Label label && label.getText().equals(labelText)
					|| children[index] instanceof Button button && button.getText().equals(labelText)) {
				return children[index + 1];
			}
		}
		throw new AssertionError("no field after " + labelText);
	}

	private Button button(String text) {
		return Widgets.all((Composite) dialog.getCurrentPage().getControl(), Button.class).stream().filter(button -> button.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	/** @return the texts of the labels in a dialog, joined by new lines */
	private static String texts(Shell shell) {
		return String.join("\n", Widgets.all(shell, Label.class).stream().map(Label::getText).toList());
	}
}
