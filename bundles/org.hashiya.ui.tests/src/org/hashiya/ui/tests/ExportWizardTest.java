package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.hashiya.core.GoldSpansImporter;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.internal.Messages;
import org.hashiya.ui.internal.exporting.ExportTrainingDataJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export › Hashiya › Training Data from an Annotation Project, driven through its page and dialogs as a person would. */
class ExportWizardTest {

	private static final String WIZARD_ID = "org.hashiya.ui.exportTrainingData";
	private static final String NESTED_ID = "090_nested";
	private static final String NESTED_TEXT = "درس في جامعة القاهرة.\n";

	@TempDir
	Path output;
	@TempDir
	Path inputs;
	private SampleWorkspace sample;

	@AfterEach
	void closeDialogsAndTheSample() throws CoreException, IOException {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (List.of(Messages.ExportData_windowTitle, Messages.ExportData_finishedTitle, Messages.ExportData_lossTitle, Messages.ExportData_failedTitle)
					.contains(shell.getText())) {
				shell.close();
			}
		}
		if (sample != null) {
			sample.dispose();
		}
		SampleWorkspace.processEvents();
	}

	@Test
	void theWizardIsListedUnderHashiyaInFileExport() {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(WIZARD_ID);

		assertNotNull(descriptor, "registered as an export wizard");
		assertEquals("Hashiya", descriptor.getCategory().getLabel());
	}

	@Test
	void theSampleProjectGoesOutAsXmiWithoutAQuestion() throws Exception {
		sample = SampleWorkspace.create();
		WizardDriver wizard = openWizard();

		wizard.choose(Messages.ExportData_format, Messages.ExportData_formatXmi);
		wizard.fieldAfter(Messages.ExportData_folder, Text.class).setText(output.toString());
		wizard.finish(ExportTrainingDataJob.FAMILY);

		Shell finished = WizardDriver.awaitShell(Messages.ExportData_finishedTitle);
		assertTrue(WizardDriver.texts(finished).contains("Wrote 4 articles (397 spans) to " + output), WizardDriver.texts(finished));
		List<String> expected = Stream.concat(SampleCorpus.articleIds().stream().map(id -> id + ".xmi"), Stream.of("TypeSystem.xml")).sorted().toList();
		assertEquals(expected, files());
	}

	@Test
	void whatTheFormatLosesIsShownFirstAndOnlyContinueWrites() throws Exception {
		sample = SampleWorkspace.createWith(Map.of(NESTED_ID, NESTED_TEXT));
		labelNestedSpans();
		WizardDriver wizard = openWizard();
		wizard.choose(Messages.ExportData_format, Messages.ExportData_formatConll2002);
		wizard.fieldAfter(Messages.ExportData_folder, Text.class).setText(output.resolve("conll").toString());

		wizard.finish(ExportTrainingDataJob.FAMILY);
		Shell question = WizardDriver.awaitShell(Messages.ExportData_lossTitle);
		assertTrue(WizardDriver.texts(question).contains("Spans overlapping or nested in an earlier span") && WizardDriver.texts(question)
				.contains(NESTED_ID + " 13–20 «القاهرة»"), WizardDriver.texts(question));
		WizardDriver.press(question, Messages.ExportData_cancel);
		WizardDriver.awaitJobs(ExportTrainingDataJob.FAMILY);
		assertFalse(Files.exists(output.resolve("conll")), "cancel writes nothing");

		wizard = openWizard();
		wizard.choose(Messages.ExportData_format, Messages.ExportData_formatConll2002);
		wizard.fieldAfter(Messages.ExportData_folder, Text.class).setText(output.resolve("conll").toString());
		wizard.finish(ExportTrainingDataJob.FAMILY);
		WizardDriver.press(WizardDriver.awaitShell(Messages.ExportData_lossTitle), Messages.ExportData_continue);
		WizardDriver.awaitJobs(ExportTrainingDataJob.FAMILY);

		assertTrue(WizardDriver.texts(WizardDriver.awaitShell(Messages.ExportData_finishedTitle)).contains("Wrote 5 articles"));
		assertEquals("درس O\nفي O\nجامعة B-ORG\nالقاهرة I-ORG\n. O\n\n", Files.readString(output.resolve("conll").resolve(NESTED_ID + ".conll")));
	}

	/** Gives the extra article a span with another inside it, as the gold annotator's saved work. */
	private void labelNestedSpans() throws IOException {
		Path spans = Files.createDirectories(inputs.resolve("spans"));
		SpansTsv.write(spans.resolve(NESTED_ID + SpansTsv.EXTENSION),
				new LabeledText(NESTED_ID, NESTED_TEXT, List.of(LabeledSpan.of(7, 20, "ORG"), LabeledSpan.of(13, 20, "LOC"))));
		GoldSpansImporter.importFolder(ProjectFolder.open(sample.folder()), spans, SampleCorpus.GOLD_ANNOTATOR);
	}

	private WizardDriver openWizard() throws CoreException {
		IExportWizard wizard = (IExportWizard) PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(WIZARD_ID).createWizard();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(sample.folder().getFileName().toString());
		return WizardDriver.open(wizard, new StructuredSelection(project));
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(output)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
