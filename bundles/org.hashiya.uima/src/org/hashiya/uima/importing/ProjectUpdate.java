package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.hashiya.core.Articles;
import org.hashiya.core.DefaultLabelSet;
import org.hashiya.core.GoldSpansImporter;
import org.hashiya.core.LoadProblem;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.io.AtomicFile;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;
import org.hashiya.model.Span;

/**
 * Brings checked articles into a project folder, creating the project if there is none: all that
 * could go wrong with the project (an article of the same name with another text, an annotator who
 * already has spans there, an annotation file the project could not load) is checked before the
 * first write, and if a write fails anyway every file is put back as it was.
 */
final class ProjectUpdate {

	private final ImportRequest request;
	private final Optional<ProjectFolder> existing;
	private final List<ImportedArticle> articles;
	private final ImportProgress progress;
	private final FileRollback rollback = new FileRollback();
	/** Spans by annotator and article id, in input order; a labeled article without spans has an empty list. */
	private final Map<String, Map<String, List<ImportedSpan>>> work = new LinkedHashMap<>();
	private final List<ImportedArticle> newArticles = new ArrayList<>();
	private final List<String> newLabels = new ArrayList<>();

	ProjectUpdate(ImportRequest request, Optional<ProjectFolder> existing, List<ImportedArticle> articles, ImportProgress progress) {
		this.request = request;
		this.existing = existing;
		this.articles = articles;
		this.progress = progress;
	}

	/**
	 * @throws IOException naming what stands in the way, or the write that failed; the project folder
	 *                     is then as it was
	 */
	ImportResult apply(List<String> warnings) throws IOException {
		sortWork();
		checkAgainstProject();
		progress.begin("Writing into " + request.project(), newArticles.size() + work.values().stream().mapToInt(Map::size).sum() + 1);
		Map<String, Integer> spansByAnnotator = new LinkedHashMap<>();
		try {
			ProjectFolder project = writeArticles();
			addLabels(project);
			for (Map.Entry<String, Map<String, List<ImportedSpan>>> annotatorWork : work.entrySet()) {
				spansByAnnotator.put(annotatorWork.getKey(), writeWork(project, annotatorWork.getKey(), annotatorWork.getValue()));
			}
		} catch (IOException | RuntimeException e) {
			rollback.restore(e);
			String nothing = " Nothing was imported: the project folder is as it was.";
			if (e instanceof CancellationException) {
				throw new CancellationException("The import was canceled." + nothing);
			}
			throw new IOException(describe(e) + nothing, e);
		}
		return new ImportResult(request.project(), articles.size(), newArticles.size(), spansByAnnotator, newLabels, warnings);
	}

	/** Splits the spans by annotator: the request's, else the one the source names, else the default. */
	private void sortWork() {
		Set<String> named = new LinkedHashSet<>();
		articles.forEach(article -> article.spans().stream().map(ImportedSpan::annotator).filter(name -> !name.isEmpty()).forEach(named::add));
		String ofUnnamed = request.annotator().orElse(named.size() == 1 ? named.iterator().next() : ImportRequest.DEFAULT_ANNOTATOR);
		for (ImportedArticle article : articles.stream().filter(ImportedArticle::labeled).toList()) {
			if (article.spans().isEmpty()) {
				work.computeIfAbsent(ofUnnamed, name -> new LinkedHashMap<>()).put(article.id(), new ArrayList<>());
			}
			for (ImportedSpan span : article.spans()) {
				String annotator = request.annotator().orElse(span.annotator().isEmpty() ? ofUnnamed : span.annotator());
				work.computeIfAbsent(annotator, name -> new LinkedHashMap<>()).computeIfAbsent(article.id(), id -> new ArrayList<>()).add(span);
			}
		}
	}

	private void checkAgainstProject() throws IOException {
		Set<String> labels = new LinkedHashSet<>();
		articles.forEach(article -> article.spans().forEach(span -> labels.add(span.label())));
		for (ImportedArticle article : articles) {
			Optional<Article> same = existing.flatMap(project -> project.article(article.id()));
			if (same.isEmpty()) {
				newArticles.add(article);
			} else if (!same.get().getText().equals(article.text())) {
				throw article.place().problem("the project already has an article " + article.id() + " with another text; its spans would land on"
						+ " the wrong words. Rename the article, or import into another project");
			}
		}
		List<LabelSet> labelSets = existing.map(project -> (List<LabelSet>) project.project().getLabelSets()).orElse(List.of(DefaultLabelSet.create()));
		Set<String> knownLabels = new HashSet<>();
		labelSets.forEach(labelSet -> labelSet.getLabels().forEach(label -> knownLabels.add(label.getName())));
		labels.stream().filter(label -> !knownLabels.contains(label)).forEach(newLabels::add);
		if (existing.isPresent()) {
			ProjectFolder project = existing.get();
			for (Map.Entry<String, Map<String, List<ImportedSpan>>> annotatorWork : work.entrySet()) {
				List<Article> known = annotatorWork.getValue().keySet().stream().flatMap(id -> project.article(id).stream()).toList();
				GoldSpansImporter.checkNoWorkYet(project, annotatorWork.getKey(), known);
				for (Article article : known) {
					Path file = project.annotationFile(article, project.annotator(annotatorWork.getKey()));
					Optional<LoadProblem> problem = project.problems().stream().filter(each -> each.file().equals(file)).findFirst();
					if (problem.isPresent()) {
						throw new IOException("Importing would replace " + file + ", which the project could not load (" + problem.get().message()
								+ "). Nothing was imported.");
					}
				}
			}
		}
	}

	private ProjectFolder writeArticles() throws IOException {
		Path folder = request.project();
		rollback.beforeCreating(folder);
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (ImportedArticle article : newArticles) {
			Path file = folder.resolve(article.id() + Articles.EXTENSION);
			rollback.beforeWriting(file);
			AtomicFile.write(file, out -> out.write(article.text().getBytes(StandardCharsets.UTF_8)));
			written.add(file);
			worked();
		}
		rollback.beforeWriting(folder.resolve(ProjectFolder.DESCRIPTOR));
		if (existing.isEmpty()) {
			return ProjectFolder.create(folder, folder.getFileName().toString());
		}
		ProjectFolder project = existing.get();
		for (Path file : written) {
			project.project().getArticles().add(Articles.read(file));
		}
		return project;
	}

	/** Adds the labels the project lacks to its first label set, each with a colour no other label has. */
	private void addLabels(ProjectFolder project) throws IOException {
		if (!newLabels.isEmpty()) {
			if (project.project().getLabelSets().isEmpty()) {
				LabelSet labelSet = HashiyaFactory.eINSTANCE.createLabelSet();
				labelSet.setName(DefaultLabelSet.NAME);
				labelSet.setVersion(1);
				project.project().getLabelSets().add(labelSet);
			}
			LabelSet labelSet = project.project().getLabelSets().get(0);
			for (String name : newLabels) {
				Label label = HashiyaFactory.eINSTANCE.createLabel();
				label.setName(name);
				label.setColour(DefaultLabelSet.unusedColour(project.project().getLabelSets().stream().flatMap(set -> set.getLabels().stream()).toList()));
				labelSet.getLabels().add(label);
			}
			project.saveDescriptor();
		}
		worked();
	}

	/** @return the number of spans written */
	private int writeWork(ProjectFolder project, String annotator, Map<String, List<ImportedSpan>> spansByArticle) throws IOException {
		Map<Article, List<Span>> spans = new LinkedHashMap<>();
		for (Map.Entry<String, List<ImportedSpan>> entry : spansByArticle.entrySet()) {
			Article article = project.article(entry.getKey()).orElseThrow();
			List<Span> articleSpans = new ArrayList<>();
			for (ImportedSpan imported : entry.getValue()) {
				Span span = GoldSpansImporter.importedSpan(imported.begin(), imported.end(), project.label(imported.label()).orElseThrow());
				span.setNote(imported.note());
				articleSpans.add(span);
			}
			spans.put(article, articleSpans);
			rollback.beforeWriting(project.annotationFile(article, project.annotator(annotator)));
		}
		int count = GoldSpansImporter.addFinishedWork(project, annotator, spans);
		progress.worked(spans.size());
		return count;
	}

	/** @return what went wrong, as a sentence; file system errors name only the file */
	private static String describe(Exception failure) {
		if (failure instanceof FileAlreadyExistsException inTheWay) {
			return "Cannot create " + inTheWay.getFile() + ": a file of that name is in the way.";
		}
		if (failure instanceof FileSystemException fileSystem) {
			return "Cannot write " + fileSystem.getFile() + (fileSystem.getReason() == null ? "." : ": " + fileSystem.getReason() + ".");
		}
		return failure.getMessage();
	}

	private void worked() {
		progress.worked(1);
		if (progress.isCanceled()) {
			throw new CancellationException();
		}
	}
}
