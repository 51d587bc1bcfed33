package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.hashiya.core.SampleProject;
import org.hashiya.model.Label;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.LabelColours;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleEditorTest {

	private static final String ARTICLE = "000_df7c512f7a4e0d6d";

	@TempDir
	Path goldFolder;

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void createSampleProjectInTheWorkspace() throws IOException, CoreException {
		String name = "ar-news-" + UUID.randomUUID();
		Path folder = ResourcesPlugin.getWorkspace().getRoot().getLocation().append(name).toFile().toPath();
		SampleProject.create(folder);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditorsAndDeleteTheProject() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void anArticleOpensInTheArticleEditorByDefault() throws CoreException {
		IEditorPart editor = IDE.openEditor(page, article());

		assertInstanceOf(ArticleEditor.class, editor);
	}

	@Test
	void theTextIsShownRightToLeftExactlyAsInTheFile() throws Exception {
		ArticleEditor editor = openArticle();

		StyledText text = editor.getTextWidget();
		assertEquals(SWT.RIGHT_TO_LEFT, text.getOrientation());
		assertEquals(new String(Files.readAllBytes(article().getLocation().toFile().toPath()), StandardCharsets.UTF_8), text.getText());
	}

	@Test
	void theStyledRangesAreTheGoldSpansInTheirLabelColours() throws Exception {
		ArticleEditor editor = openArticle();

		editor.showAnnotator(SampleCorpus.GOLD_ANNOTATOR);

		List<String> shown = new ArrayList<>();
		for (StyleRange range : editor.getTextWidget().getStyleRanges()) {
			Label label = (Label) range.data;
			assertEquals(LabelColours.rgb(label), range.background.getRGB(), "colour of " + label.getName());
			shown.add(range.start + "\t" + (range.start + range.length) + "\t" + label.getName() + "\t"
					+ editor.getTextWidget().getTextRange(range.start, range.length));
		}
		SampleCorpus.copyGoldSpansTo(goldFolder);
		List<String> gold = Files.readAllLines(goldFolder.resolve(ARTICLE + ".spans.tsv"));
		assertEquals(gold.subList(1, gold.size()), shown);
	}

	@Test
	void anAnnotatorWithoutSpansShowsThePlainText() throws Exception {
		ArticleEditor editor = openArticle();

		editor.showAnnotator("someone-new");

		assertEquals(0, editor.getTextWidget().getStyleRanges().length);
	}

	@Test
	void aTextFileOutsideAnAnnotationProjectKeepsItsUsualEditor() throws Exception {
		IProject plain = ResourcesPlugin.getWorkspace().getRoot().getProject("plain-" + UUID.randomUUID());
		plain.create(null);
		plain.open(null);
		IFile notes = plain.getFile("notes.txt");
		notes.create("ملاحظات".getBytes(StandardCharsets.UTF_8), true, false, null);
		try {
			IEditorPart editor = IDE.openEditor(page, notes);

			assertFalse(editor instanceof ArticleEditor, "opened in " + editor);
		} finally {
			page.closeAllEditors(false);
			plain.delete(true, true, null);
		}
	}

	private IFile article() {
		return project.getFile(ARTICLE + ".txt");
	}

	private ArticleEditor openArticle() throws CoreException {
		return (ArticleEditor) IDE.openEditor(page, article(), ArticleEditor.ID);
	}
}
