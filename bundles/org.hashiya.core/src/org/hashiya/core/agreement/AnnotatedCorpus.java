package org.hashiya.core.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hashiya.core.LoadProblem;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.curation.Curation;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;

/**
 * The work of several annotators on a set of articles, as agreement is measured on it: read from an
 * annotation project, or from a folder of texts with one sub-folder of {@code .spans.tsv} files per
 * annotator.
 *
 * @param annotators every annotator who worked on at least one article, in name order
 * @param articles   in file-name order
 */
public record AnnotatedCorpus(List<String> annotators, List<AnnotatedArticle> articles) {

	public AnnotatedCorpus {
		annotators = List.copyOf(annotators);
		articles = List.copyOf(articles);
	}

	/** @return the corpus of the articles, with the annotators taken from who worked on them */
	public static AnnotatedCorpus of(List<AnnotatedArticle> articles) {
		TreeSet<String> annotators = articles.stream().flatMap(article -> article.annotators().stream()).collect(Collectors.toCollection(TreeSet::new));
		return new AnnotatedCorpus(List.copyOf(annotators), articles);
	}

	/**
	 * Reads {@code folder}: an annotation project when it has a {@value ProjectFolder#DESCRIPTOR},
	 * else a folder in the {@link #readFolders(Path)} layout.
	 *
	 * @throws IOException naming the file that cannot be read, including an annotation file of the
	 *                     project that could not be loaded (agreement without it would be wrong)
	 */
	public static AnnotatedCorpus read(Path folder) throws IOException {
		if (!ProjectFolder.isProject(folder)) {
			return readFolders(folder);
		}
		ProjectFolder project = ProjectFolder.open(folder);
		if (!project.problems().isEmpty()) {
			throw new InvalidTextFileException(project.problems().get(0).file(),
					project.problems().stream().map(LoadProblem::message).collect(Collectors.joining("\n")));
		}
		return of(project);
	}

	/**
	 * Takes the spans of an open project. An annotator counts as having worked on an article when
	 * their annotation set on it is in progress or finished, or has spans; suggestions never count,
	 * and neither does the curated set, which is made from the annotators' work.
	 */
	public static AnnotatedCorpus of(ProjectFolder project) {
		List<AnnotatedArticle> articles = new ArrayList<>();
		for (Article article : project.project().getArticles()) {
			Map<String, List<LabeledSpan>> spansByAnnotator = new TreeMap<>();
			for (AnnotationSet set : Curation.annotatorSets(article)) {
				if (set.getStatus() != AnnotationStatus.NEW || !set.getSpans().isEmpty()) {
					spansByAnnotator.put(set.getAnnotator().getName(),
							set.getSpans().stream().map(span -> LabeledSpan.of(span.getBegin(), span.getEnd(), span.getLabel().getName())).toList());
				}
			}
			articles.add(new AnnotatedArticle(article.getId(), article.getText(), spansByAnnotator));
		}
		return of(articles);
	}

	/**
	 * Reads a folder of article texts {@code X.txt} with one sub-folder per annotator, named after
	 * the annotator, holding their {@code X.spans.tsv} files. Sub-folders without span files are
	 * ignored; an annotator without a file for an article has not worked on it.
	 *
	 * @throws InvalidTextFileException naming the span file that has no text or does not fit it
	 */
	public static AnnotatedCorpus readFolders(Path folder) throws IOException {
		Map<String, String> texts = new TreeMap<>();
		Map<String, Map<String, List<LabeledSpan>>> spansByArticle = new TreeMap<>();
		for (Path annotatorFolder : annotatorFolders(folder)) {
			String annotator = annotatorFolder.getFileName().toString();
			for (LabeledText article : ArticleFolders.readLabeled(folder, annotatorFolder)) {
				texts.put(article.id(), article.text());
				spansByArticle.computeIfAbsent(article.id(), id -> new TreeMap<>()).put(annotator, article.spans());
			}
		}
		List<AnnotatedArticle> articles = new ArrayList<>();
		spansByArticle.forEach((id, spansByAnnotator) -> articles.add(new AnnotatedArticle(id, texts.get(id), spansByAnnotator)));
		return of(articles);
	}

	private static List<Path> annotatorFolders(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + " is not a folder");
		}
		List<Path> annotatorFolders = new ArrayList<>();
		try (Stream<Path> children = Files.list(folder)) {
			for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
				if (!ArticleFolders.files(child, SpansTsv.EXTENSION).isEmpty()) {
					annotatorFolders.add(child);
				}
			}
		}
		return annotatorFolders;
	}
}
