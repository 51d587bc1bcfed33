package org.hashiya.uima.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.hashiya.core.Articles;
import org.hashiya.core.LoadProblem;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.curation.Curation;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;

/**
 * What an export reads: an annotation project (a folder with {@value ProjectFolder#DESCRIPTOR}), or
 * a folder of articles in the gold format, {@code X.txt} with its spans in {@code X.spans.tsv}.
 * Nothing is read partly: a span file that does not fit its text, or an annotation file of the
 * chosen annotator that the project could not load, stops the export with the file and the reason.
 */
public final class ExportSource {

	/** The one annotator of a folder of articles: its {@code .spans.tsv} files hold gold spans. */
	public static final String FOLDER_ANNOTATOR = "gold";

	private final String name;
	private final ProjectFolder project;
	private final List<FolderArticle> folderArticles;

	/** An article of a folder, finished when it has a span file. */
	private record FolderArticle(Article article, Path file, List<LabeledSpan> spans, boolean finished) {
	}

	private ExportSource(String name, ProjectFolder project, List<FolderArticle> folderArticles) {
		this.name = name;
		this.project = project;
		this.folderArticles = folderArticles;
	}

	/** @return the project as a source */
	public static ExportSource of(ProjectFolder project) {
		return new ExportSource(project.project().getName(), project, List.of());
	}

	/**
	 * Opens {@code input}: an annotation project, or a folder of {@code .txt} articles whose span
	 * files are in {@code spanFolder} (often {@code input} itself).
	 *
	 * @throws InvalidTextFileException naming a file that cannot be read, or a span file that does not fit its text
	 */
	public static ExportSource open(Path input, Path spanFolder) throws IOException {
		if (ProjectFolder.isProject(input)) {
			return of(ProjectFolder.open(input));
		}
		List<Path> texts = ArticleFolders.files(input, ArticleFolders.TEXT_EXTENSION);
		if (texts.isEmpty()) {
			throw new IOException(input + " is neither an annotation project (it has no " + ProjectFolder.DESCRIPTOR + ") nor a folder of articles (it has no "
					+ ArticleFolders.TEXT_EXTENSION + " files)");
		}
		for (Path spanFile : ArticleFolders.files(spanFolder, SpansTsv.EXTENSION)) {
			Path text = input.resolve(ArticleFolders.baseName(spanFile, SpansTsv.EXTENSION) + ArticleFolders.TEXT_EXTENSION);
			if (!Files.isRegularFile(text)) {
				throw new InvalidTextFileException(spanFile, spanFile + ": there is no text " + text + " for these spans");
			}
		}
		List<FolderArticle> articles = new ArrayList<>();
		for (Path text : texts) {
			Article article = Articles.read(text);
			Path spanFile = spanFolder.resolve(article.getId() + SpansTsv.EXTENSION);
			boolean labeled = Files.isRegularFile(spanFile);
			articles.add(new FolderArticle(article, text, labeled ? SpansTsv.read(spanFile, article.getText()) : List.of(), labeled));
		}
		return new ExportSource(input.toAbsolutePath().normalize().getFileName().toString(), null, articles);
	}

	/** @return the project's name, or the folder's: names the corpus (its zip or JSONL file, its XMI collection) */
	public String name() {
		return name;
	}

	/** @return the names of the annotators whose spans can be exported, sorted */
	public List<String> annotators() {
		if (project == null) {
			return List.of(FOLDER_ANNOTATOR);
		}
		return project.project().getAnnotators().stream().map(Annotator::getName).sorted().toList();
	}

	/**
	 * The annotator exported when none is chosen: the curated set when there is one, since it is the
	 * team's answer, else the only annotator.
	 *
	 * @throws IllegalArgumentException when there is no curated set and several annotators (or none), naming them
	 */
	public String defaultAnnotator() {
		List<String> annotators = annotators();
		if (annotators.contains(Curation.CURATOR)) {
			return Curation.CURATOR;
		}
		if (annotators.size() != 1) {
			throw new IllegalArgumentException(annotators.isEmpty() ? name + " has no annotator's spans to export"
					: name + " has the spans of " + annotators.size() + " annotators (" + String.join(", ", annotators) + "): choose one");
		}
		return annotators.get(0);
	}

	/** @return the labels the spans can carry: the project's, or those of the folder's span files; sorted */
	public List<String> labels() {
		Set<String> labels = new TreeSet<>();
		if (project == null) {
			folderArticles.forEach(article -> article.spans().forEach(span -> labels.add(span.label())));
		} else {
			project.project().getLabelSets().stream().map(LabelSet::getLabels).flatMap(Collection::stream).map(Label::getName).forEach(labels::add);
		}
		return List.copyOf(labels);
	}

	/**
	 * @return the selected articles, in file name order, with the selected annotator's spans of the selected labels
	 * @throws IllegalArgumentException if the selection names an annotator or a label the source does not have
	 * @throws IOException              if an annotation file of the annotator could not be loaded: exporting would lose its spans
	 */
	public List<ExportedArticle> select(ExportSelection selection) throws IOException {
		String annotator = selection.annotator().orElseGet(this::defaultAnnotator);
		if (!annotators().contains(annotator)) {
			throw new IllegalArgumentException(name + " has no spans of annotator '" + annotator + "'; it has those of " + String.join(", ", annotators()));
		}
		List<String> unknownLabels = selection.labels().stream().filter(label -> !labels().contains(label)).sorted().toList();
		if (!unknownLabels.isEmpty()) {
			throw new IllegalArgumentException("No label " + String.join(", ", unknownLabels) + " in " + name + "; its labels are " + String.join(", ", labels()));
		}
		Predicate<String> keptLabel = label -> selection.labels().isEmpty() || selection.labels().contains(label);
		return project == null ? selectFromFolder(selection.finishedOnly(), keptLabel) : selectFromProject(annotator, selection.finishedOnly(), keptLabel);
	}

	private List<ExportedArticle> selectFromFolder(boolean finishedOnly, Predicate<String> keptLabel) {
		List<ExportedArticle> selected = new ArrayList<>();
		for (FolderArticle folderArticle : folderArticles) {
			if (finishedOnly && !folderArticle.finished()) {
				continue;
			}
			List<ExportedSpan> spans = folderArticle.spans().stream().filter(span -> keptLabel.test(span.label()))
					.map(span -> new ExportedSpan(span.begin(), span.end(), span.label(), SpanOrigin.IMPORTED.getLiteral(), null)).toList();
			selected.add(exported(folderArticle.article(), folderArticle.file(), FOLDER_ANNOTATOR, spans));
		}
		return selected;
	}

	private List<ExportedArticle> selectFromProject(String annotatorName, boolean finishedOnly, Predicate<String> keptLabel) throws IOException {
		Annotator annotator = project.annotator(annotatorName);
		Path annotatorFolder = project.root().resolve(ProjectFolder.ANNOTATIONS).resolve(annotatorName);
		List<String> unreadable = project.problems().stream().filter(problem -> problem.file().startsWith(annotatorFolder)).map(LoadProblem::message).toList();
		if (!unreadable.isEmpty()) {
			throw new IOException("Not exporting: " + unreadable.size() + " annotation files of " + annotatorName
					+ " could not be loaded, and their spans would be missing. " + String.join(" ", unreadable));
		}
		List<ExportedArticle> selected = new ArrayList<>();
		for (Article article : project.project().getArticles()) {
			if (finishedOnly && project.status(article, annotator) != AnnotationStatus.FINISHED) {
				continue;
			}
			List<ExportedSpan> spans = project.findAnnotationSet(article, annotator).map(set -> spansOf(set, keptLabel)).orElse(List.of());
			selected.add(exported(article, project.articleFile(article), annotatorName, spans));
		}
		return selected;
	}

	private static List<ExportedSpan> spansOf(AnnotationSet set, Predicate<String> keptLabel) {
		List<ExportedSpan> spans = new ArrayList<>();
		for (Span span : set.getSpans()) {
			if (keptLabel.test(span.getLabel().getName())) {
				spans.add(new ExportedSpan(span.getBegin(), span.getEnd(), span.getLabel().getName(), span.getOrigin().getLiteral(), span.getNote()));
			}
		}
		return spans;
	}

	private static ExportedArticle exported(Article article, Path file, String annotator, List<ExportedSpan> spans) {
		return new ExportedArticle(article.getId(), article.getTitle(), file.toAbsolutePath().normalize().toUri(), article.getLanguage(), article.getText(),
				annotator, spans);
	}
}
