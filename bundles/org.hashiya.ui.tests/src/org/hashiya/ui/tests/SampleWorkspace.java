package org.hashiya.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.hashiya.core.SampleProject;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.Messages;

/**
 * A fresh copy of the sample project in the workspace for one test, and the article editors opened
 * on it; {@link #dispose()} closes them without saving and deletes every project it made.
 */
final class SampleWorkspace {

	static final String ARTICLE_000 = "000_df7c512f7a4e0d6d";
	static final String ARTICLE_001 = "001_8756b9d378ace8d0";

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	private final List<IProject> projects = new ArrayList<>();
	private final IProject project;

	private SampleWorkspace(Map<String, String> extraArticles) throws IOException, CoreException {
		Path folder = newFolder();
		SampleProject.create(folder);
		for (Map.Entry<String, String> article : extraArticles.entrySet()) {
			Files.writeString(folder.resolve(article.getKey() + ".txt"), article.getValue(), StandardCharsets.UTF_8);
		}
		project = addProject(folder);
	}

	/** @return the sample project, alone in the workspace as far as this test is concerned */
	static SampleWorkspace create() throws IOException, CoreException {
		return new SampleWorkspace(Map.of());
	}

	/** @param extraArticles texts by article id, added to the sample project's articles */
	static SampleWorkspace createWith(Map<String, String> extraArticles) throws IOException, CoreException {
		return new SampleWorkspace(extraArticles);
	}

	IWorkbenchPage page() {
		return page;
	}

	/** @return the project's folder on disk */
	Path folder() {
		return project.getLocation().toFile().toPath();
	}

	/** Opens the article in the article editor, as the shown annotator's work (the current user's). */
	ArticleEditor open(String articleId) throws CoreException {
		return open(project, articleId);
	}

	/**
	 * Copies the project folder as it is on disk into a new workspace project and opens the article
	 * there: the editor then loads everything from the files, as a restarted workbench would, rather
	 * than showing the model this workbench already holds for the project.
	 */
	ArticleEditor openAsAfterRestart(String articleId) throws IOException, CoreException {
		Path copy = newFolder();
		try (Stream<Path> files = Files.walk(folder())) {
			for (Path file : files.sorted().toList()) {
				Path target = copy.resolve(folder().relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else if (!file.getFileName().toString().equals(".project")) {
					Files.copy(file, target);
				}
			}
		}
		return open(addProject(copy), articleId);
	}

	/**
	 * Waits for the suggestion and training jobs a test started (their progress dialogs would cover
	 * the next test's window), closes the editors without saving and deletes the projects made for
	 * the test.
	 */
	void dispose() throws CoreException, IOException {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (Arrays.stream(Job.getJobManager().find(null)).anyMatch(SampleWorkspace::isHashiyaJob) && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
					// wakes the sleep below to look at the jobs again
				});
				display.sleep();
			}
		}
		processEvents();
		page.closeAllEditors(false);
		for (IProject made : projects) {
			Path location = made.getLocation().toFile().toPath();
			made.delete(true, true, null);
			deleteFolder(location);
		}
		processEvents();
	}

	private static boolean isHashiyaJob(Job job) {
		return Stream.of(Messages.SuggestJob_name, Messages.SuggesterTraining_name, Messages.SuggestEverywhere_name)
				.anyMatch(name -> job.getName().startsWith(name.substring(0, name.indexOf('{'))));
	}

	/** Runs what the display has queued: async runnables, repaints, posted events that arrived. */
	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going until the queue is empty
		}
	}

	/** @return the shown spans, one per line in logical order, as "begin end label text" */
	static String model(ArticleEditor editor) {
		String text = editor.getArticle().getText();
		return editor.spans().stream().sorted(Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd))
				.map(span -> describe(span, text)).collect(Collectors.joining("\n"));
	}

	/** @return "begin end label text" for the region of {@code text} */
	static String describe(int begin, int end, String label, String text) {
		return begin + " " + end + " " + label + " " + text.substring(begin, end);
	}

	static String describe(Span span, String text) {
		return describe(span.getBegin(), span.getEnd(), span.getLabel().getName(), text);
	}

	/** @return the project's label with this name */
	static Label label(ArticleEditor editor, String name) {
		return editor.getProject().label(name).orElseThrow(() -> new AssertionError("The project has no label " + name));
	}

	/** @return where the first occurrence of {@code part} starts in the article, failing if absent */
	static int offsetOf(ArticleEditor editor, String part) {
		int offset = editor.getArticle().getText().indexOf(part);
		if (offset < 0) {
			throw new AssertionError("The article " + editor.getArticle().getId() + " does not contain " + part);
		}
		return offset;
	}

	private ArticleEditor open(IProject in, String articleId) throws CoreException {
		ArticleEditor editor = (ArticleEditor) IDE.openEditor(page, in.getFile(articleId + ".txt"), ArticleEditor.ID);
		processEvents();
		return editor;
	}

	private static Path newFolder() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().append("ar-news-" + UUID.randomUUID()).toFile().toPath();
	}

	private IProject addProject(Path folder) throws CoreException {
		IProject added = ResourcesPlugin.getWorkspace().getRoot().getProject(folder.getFileName().toString());
		added.create(null);
		added.open(null);
		projects.add(added);
		return added;
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
