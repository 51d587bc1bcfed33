package org.hashiya.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hashiya.core.io.AtomicFile;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.io.TextFiles;
import org.hashiya.model.Article;

/**
 * Which annotators a project lead gave each article: the file {@value #FILE} in the project folder,
 * one line per article and annotator, {@code article-id TAB annotator}, kept sorted so that it
 * diffs and merges well in git. Lines starting with {@code #} are comments. No file means no
 * assignments: everybody may annotate everything.
 */
public final class Assignments {

	public static final String FILE = "assignments.tsv";
	private static final String HEADER = "# article\tannotator";

	/** Annotator names by article id, both sorted. */
	private final Map<String, Set<String>> annotatorsByArticle;

	private Assignments(Map<String, Set<String>> annotatorsByArticle) {
		this.annotatorsByArticle = annotatorsByArticle;
	}

	/**
	 * @return the project's assignments; none when it has no {@value #FILE}
	 * @throws InvalidTextFileException naming the line, when a line is not an article id of the project
	 *                                  and an annotator name separated by a tab
	 */
	public static Assignments of(ProjectFolder project) throws IOException {
		Path file = project.root().resolve(FILE);
		Map<String, Set<String>> assigned = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return new Assignments(assigned);
		}
		List<String> lines = TextFiles.readUtf8(file).lines().toList();
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			String where = file + " line " + (index + 1) + ": ";
			if (fields.length != 2) {
				throw new InvalidTextFileException(file, where + "expected an article id and an annotator name separated by a tab");
			}
			if (project.article(fields[0]).isEmpty()) {
				throw new InvalidTextFileException(file, where + "the project has no article '" + fields[0] + "'");
			}
			try {
				ProjectFolder.checkAnnotatorName(fields[1]);
			} catch (IllegalArgumentException e) {
				throw new InvalidTextFileException(file, where + e.getMessage());
			}
			assigned.computeIfAbsent(fields[0], id -> new TreeSet<>()).add(fields[1]);
		}
		return new Assignments(assigned);
	}

	/** @return whether the lead assigned any article at all */
	public boolean isEmpty() {
		return annotatorsByArticle.isEmpty();
	}

	/** @return the annotators the article is assigned to, sorted */
	public Set<String> annotatorsOf(Article article) {
		return annotatorsByArticle.getOrDefault(article.getId(), Set.of());
	}

	/** @return whether the article is assigned to the annotator */
	public boolean isAssigned(Article article, String annotator) {
		return annotatorsOf(article).contains(annotator);
	}

	/** @return the ids of the articles assigned to the annotator, sorted */
	public List<String> articlesOf(String annotator) {
		return annotatorsByArticle.entrySet().stream().filter(entry -> entry.getValue().contains(annotator)).map(Map.Entry::getKey).toList();
	}

	/** @return these assignments with the article also assigned to the annotator */
	public Assignments with(Article article, String annotator) {
		Map<String, Set<String>> copy = new TreeMap<>();
		annotatorsByArticle.forEach((id, names) -> copy.put(id, new TreeSet<>(names)));
		copy.computeIfAbsent(article.getId(), id -> new TreeSet<>()).add(annotator);
		return new Assignments(copy);
	}

	/** Writes these assignments to the project's {@value #FILE} atomically, sorted by article and annotator. */
	public void save(ProjectFolder project) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		annotatorsByArticle.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
				.forEach(entry -> entry.getValue().forEach(annotator -> lines.add(entry.getKey() + "\t" + annotator)));
		AtomicFile.writeString(project.root().resolve(FILE), lines.stream().collect(Collectors.joining("\n", "", "\n")));
	}
}
