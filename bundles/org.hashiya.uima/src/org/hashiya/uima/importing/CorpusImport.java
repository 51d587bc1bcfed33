package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hashiya.core.ProjectFolder;
import org.hashiya.model.Article;

/**
 * Imports a corpus into an annotation project (made if the folder is new or empty): plain text,
 * HTML, UIMA XMI, CoNLL, JSONL or the gold {@code .spans.tsv} format. Everything is read and checked
 * first, then written; a failed import changes nothing and says what was wrong, naming the file, the
 * line or XML element, and why. Imported spans are the finished work of one annotator per source
 * annotator (see {@link ImportRequest#annotator()}), with origin {@code imported}.
 */
public final class CorpusImport {

	private CorpusImport() {
	}

	/**
	 * @throws org.hashiya.core.io.InvalidTextFileException naming the input file, where in it and what is wrong
	 * @throws IOException                                  when the project stands in the way or a write failed
	 * @throws java.util.concurrent.CancellationException   when {@code progress} was canceled
	 */
	public static ImportResult run(ImportRequest request, ImportProgress progress) throws IOException {
		Optional<ProjectFolder> existing = openProject(request.project());
		ReadContext context = new ReadContext(request, progress, id -> existing.flatMap(project -> project.article(id)).map(Article::getText));
		List<ImportedArticle> articles = reader(request.format()).read(request.input(), context);
		ArticleChecks.check(articles, request);
		context.stopIfCanceled();
		return new ProjectUpdate(request, existing, articles, progress).apply(context.warnings());
	}

	private static CorpusReader reader(ImportFormat format) {
		return switch (format) {
		case TEXT -> TextFileReader.plainText();
		case HTML -> TextFileReader.html();
		case XMI -> new XmiReader();
		case CONLL -> new ConllReader();
		case JSONL -> new JsonlReader();
		case TSV -> new SpansTsvReader();
		};
	}

	private static Optional<ProjectFolder> openProject(Path folder) throws IOException {
		if (ProjectFolder.isProject(folder)) {
			return Optional.of(ProjectFolder.open(folder));
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new IOException(folder + " is a file; import into an annotation project, or into a new or empty folder");
		}
		if (Files.isDirectory(folder)) {
			try (Stream<Path> children = Files.list(folder)) {
				if (children.findAny().isPresent()) {
					throw new IOException(folder + " is neither an annotation project (it has no " + ProjectFolder.DESCRIPTOR
							+ ") nor empty; import into a project, or into a new or empty folder");
				}
			}
		}
		return Optional.empty();
	}
}
