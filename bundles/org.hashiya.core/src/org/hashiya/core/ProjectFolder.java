package org.hashiya.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hashiya.core.internal.AnnotationSetFormat;
import org.hashiya.core.internal.FormatException;
import org.hashiya.core.io.AtomicFile;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.model.AnnotationProject;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.HashiyaPackage;
import org.hashiya.model.Label;

/**
 * An annotation project on disk, and the model loaded from it.
 *
 * <pre>
 * my-corpus/
 *   project.hashiya                 name and label sets (EMF XMI)
 *   *.txt                           the articles, UTF-8, never modified by Hashiya
 *   annotations/&lt;annotator&gt;/&lt;article id&gt;.tsv   one annotator's spans on one article
 * </pre>
 *
 * Each annotator writes only their own files, so people annotating in separate git clones merge
 * without conflicts. Every file is replaced atomically.
 */
public final class ProjectFolder {

	/** The file that makes a folder an annotation project. */
	public static final String DESCRIPTOR = "project.hashiya";
	/** The folder holding one sub-folder of annotation files per annotator. */
	public static final String ANNOTATIONS = "annotations";

	private static final Pattern ANNOTATOR_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

	private final Path root;
	private final Resource descriptor;
	private final AnnotationProject project;
	private final List<LoadProblem> problems = new ArrayList<>();
	/** Annotation files that could not be loaded; saving must never replace them. */
	private final Set<Path> protectedFiles = new HashSet<>();

	private ProjectFolder(Path root, Resource descriptor) {
		this.root = root;
		this.descriptor = descriptor;
		this.project = (AnnotationProject) descriptor.getContents().get(0);
	}

	/** @return whether {@code folder} holds an annotation project */
	public static boolean isProject(Path folder) {
		return Files.isRegularFile(folder.resolve(DESCRIPTOR));
	}

	/**
	 * Makes {@code folder}, which holds {@code .txt} articles, an annotation project with the default
	 * label set, and opens it.
	 *
	 * @throws IOException if it already is a project, or an article cannot be read; then nothing is written
	 */
	public static ProjectFolder create(Path folder, String name) throws IOException {
		if (isProject(folder)) {
			throw new IOException(folder + " already is an annotation project (it has " + DESCRIPTOR + ")");
		}
		AnnotationProject project = HashiyaFactory.eINSTANCE.createAnnotationProject();
		project.setName(name);
		project.getLabelSets().add(DefaultLabelSet.create());
		Resource descriptor = newDescriptorResource(folder);
		descriptor.getContents().add(project);
		ProjectFolder created = new ProjectFolder(folder, descriptor);
		created.readArticles();
		created.saveDescriptor();
		return created;
	}

	/**
	 * Opens the project in {@code folder}. An article that cannot be read fails the whole opening;
	 * an annotation file that cannot be loaded is reported in {@link #problems()} and left untouched.
	 */
	public static ProjectFolder open(Path folder) throws IOException {
		if (!isProject(folder)) {
			throw new IOException(folder + " is not an annotation project: it has no " + DESCRIPTOR);
		}
		ProjectFolder opened = new ProjectFolder(folder, readDescriptor(folder));
		opened.readArticles();
		opened.readAnnotations();
		return opened;
	}

	public Path root() {
		return root;
	}

	public AnnotationProject project() {
		return project;
	}

	/**
	 * @return the EMF resource of {@link #DESCRIPTOR}, which contains the project; editors put its
	 *         resource set under their editing domain
	 */
	public Resource resource() {
		return descriptor;
	}

	/** @return the annotation files that could not be loaded, and why */
	public List<LoadProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	public Optional<Article> article(String id) {
		return project.getArticles().stream().filter(article -> article.getId().equals(id)).findFirst();
	}

	public Path articleFile(Article article) {
		return root.resolve(article.getSource());
	}

	/** @return the label with this name in any of the project's label sets */
	public Optional<Label> label(String name) {
		return project.getLabelSets().stream()
				.flatMap(labelSet -> labelSet.getLabels().stream())
				.filter(label -> label.getName().equals(name))
				.findFirst();
	}

	/**
	 * @return the annotator with this name, added to the project if new
	 * @throws IllegalArgumentException if the name cannot be a folder name on every system
	 */
	public Annotator annotator(String name) {
		checkAnnotatorName(name);
		return project.getAnnotators().stream().filter(annotator -> annotator.getName().equals(name)).findFirst().orElseGet(() -> {
			Annotator annotator = HashiyaFactory.eINSTANCE.createAnnotator();
			annotator.setName(name);
			project.getAnnotators().add(annotator);
			return annotator;
		});
	}

	/** @throws IllegalArgumentException if {@code name} cannot name an annotator: it becomes a folder name on every system */
	public static void checkAnnotatorName(String name) {
		if (!ANNOTATOR_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name + "' cannot name an annotator: use letters, digits, '.', '_' and '-', starting with a letter or digit");
		}
	}

	public Optional<AnnotationSet> findAnnotationSet(Article article, Annotator annotator) {
		return article.getAnnotationSets().stream().filter(set -> set.getAnnotator() == annotator).findFirst();
	}

	/** @return the annotator's set for the article, created empty (status new) if missing */
	public AnnotationSet annotationSet(Article article, Annotator annotator) {
		return findAnnotationSet(article, annotator).orElseGet(() -> {
			AnnotationSet set = HashiyaFactory.eINSTANCE.createAnnotationSet();
			set.setAnnotator(annotator);
			set.setStatus(AnnotationStatus.NEW);
			article.getAnnotationSets().add(set);
			return set;
		});
	}

	public Path annotationFile(Article article, Annotator annotator) {
		return root.resolve(ANNOTATIONS).resolve(annotator.getName()).resolve(article.getId() + AnnotationSetFormat.FILE_EXTENSION);
	}

	/**
	 * Saves one annotation set atomically.
	 *
	 * @throws IOException if the file on disk could not be loaded when the project was opened: it
	 *                     holds work that this save would destroy
	 */
	public void save(AnnotationSet set) throws IOException {
		Path file = annotationFile(set.getArticle(), set.getAnnotator());
		if (protectedFiles.contains(file)) {
			throw new IOException("Not saving " + file + ": it could not be loaded when the project was opened, and saving would overwrite the spans in it. "
					+ problemFor(file).map(LoadProblem::message).orElse(""));
		}
		AtomicFile.writeString(file, AnnotationSetFormat.write(set));
	}

	/**
	 * Reads the annotator's file on the article again, dropping unsaved changes in the model: the
	 * set in the model afterwards is a new object (or none, when there is no file).
	 */
	public Optional<AnnotationSet> reload(Article article, Annotator annotator) throws IOException {
		findAnnotationSet(article, annotator).ifPresent(set -> article.getAnnotationSets().remove(set));
		Path file = annotationFile(article, annotator);
		problems.removeIf(problem -> problem.file().equals(file));
		protectedFiles.remove(file);
		if (Files.isRegularFile(file)) {
			readAnnotationFile(file, annotator);
		}
		return findAnnotationSet(article, annotator);
	}

	/** @return the annotation sets, of every annotator, with spans or suggestions carrying one of {@code labels} */
	public List<AnnotationSet> annotationSetsUsing(Collection<Label> labels) {
		return project.getArticles().stream()
				.flatMap(article -> article.getAnnotationSets().stream())
				.filter(set -> Stream.concat(set.getSpans().stream(), set.getSuggestions().stream()).anyMatch(region -> labels.contains(region.getLabel())))
				.toList();
	}

	/**
	 * @return the first article after {@code current} (in file order, wrapping around) that the
	 *         annotator has not finished
	 */
	public Optional<Article> nextUnfinished(Article current, Annotator annotator) {
		List<Article> articles = project.getArticles();
		int start = articles.indexOf(current);
		for (int step = 1; step <= articles.size(); step++) {
			Article candidate = articles.get(Math.floorMod(start + step, articles.size()));
			if (candidate != current && status(candidate, annotator) != AnnotationStatus.FINISHED) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** @return the annotator's status on the article; new when they have no spans on it */
	public AnnotationStatus status(Article article, Annotator annotator) {
		return findAnnotationSet(article, annotator).map(AnnotationSet::getStatus).orElse(AnnotationStatus.NEW);
	}

	/** Saves the project's name and label sets atomically. */
	public void saveDescriptor() throws IOException {
		AtomicFile.write(root.resolve(DESCRIPTOR), out -> descriptor.save(out, Map.of()));
	}

	private static Resource newDescriptorResource(Path folder) {
		HashiyaPackage.eINSTANCE.eClass();
		Resource resource = new XMIResourceImpl(URI.createFileURI(folder.resolve(DESCRIPTOR).toAbsolutePath().toString()));
		new ResourceSetImpl().getResources().add(resource);
		return resource;
	}

	private static Resource readDescriptor(Path folder) throws IOException {
		Path file = folder.resolve(DESCRIPTOR);
		Resource resource = newDescriptorResource(folder);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of());
		} catch (IOException | RuntimeException e) {
			throw new InvalidTextFileException(file, file + " is not a readable Hashiya project file: " + e.getMessage());
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof AnnotationProject)) {
			throw new InvalidTextFileException(file, file + " does not describe an annotation project");
		}
		return resource;
	}

	private void readArticles() throws IOException {
		try (Stream<Path> files = Files.list(root)) {
			for (Path file : files.filter(path -> path.getFileName().toString().endsWith(Articles.EXTENSION) && Files.isRegularFile(path)).sorted().toList()) {
				project.getArticles().add(Articles.read(file));
			}
		}
	}

	private void readAnnotations() throws IOException {
		Path annotations = root.resolve(ANNOTATIONS);
		if (!Files.isDirectory(annotations)) {
			return;
		}
		try (Stream<Path> folders = Files.list(annotations)) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				readAnnotatorFolder(folder);
			}
		}
	}

	private void readAnnotatorFolder(Path folder) throws IOException {
		Annotator annotator;
		try {
			annotator = annotator(folder.getFileName().toString());
		} catch (IllegalArgumentException e) {
			problems.add(new LoadProblem(folder, folder + " is ignored: " + e.getMessage()));
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.getFileName().toString().endsWith(AnnotationSetFormat.FILE_EXTENSION)).sorted().toList()) {
				readAnnotationFile(file, annotator);
			}
		}
	}

	private void readAnnotationFile(Path file, Annotator annotator) throws IOException {
		String fileName = file.getFileName().toString();
		String articleId = fileName.substring(0, fileName.length() - AnnotationSetFormat.FILE_EXTENSION.length());
		Optional<Article> article = article(articleId);
		if (article.isEmpty()) {
			refuse(file, file + ": there is no article " + articleId + Articles.EXTENSION + " in the project, so these spans are not shown");
			return;
		}
		try {
			AnnotationSet set = AnnotationSetFormat.read(Files.readString(file, StandardCharsets.UTF_8), article.get(), name -> label(name).orElse(null));
			set.setAnnotator(annotator);
			article.get().getAnnotationSets().add(set);
		} catch (FormatException e) {
			refuse(file, file + " line " + e.line() + ": " + e.getMessage() + ".");
		} catch (MalformedInputException e) {
			refuse(file, file + " is not valid UTF-8, so its spans are not shown.");
		}
	}

	private void refuse(Path file, String message) {
		problems.add(new LoadProblem(file, message));
		protectedFiles.add(file);
	}

	private Optional<LoadProblem> problemFor(Path file) {
		return problems.stream().filter(problem -> problem.file().equals(file)).findFirst();
	}

}
