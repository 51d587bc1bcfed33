/**
 */
package org.hashiya.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Span annotation of (Arabic) articles. Offsets are UTF-16 code units into Article.text, end exclusive, as in java.lang.String and UIMA.
 * <!-- end-model-doc -->
 * @see org.hashiya.model.HashiyaFactory
 * @model kind="package"
 * @generated
 */
public interface HashiyaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://hashiya.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hashiya";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HashiyaPackage eINSTANCE = org.hashiya.model.impl.HashiyaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.AnnotationProjectImpl <em>Annotation Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.AnnotationProjectImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotationProject()
	 * @generated
	 */
	int ANNOTATION_PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_PROJECT__LABEL_SETS = 1;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_PROJECT__ARTICLES = 2;

	/**
	 * The feature id for the '<em><b>Annotators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_PROJECT__ANNOTATORS = 3;

	/**
	 * The number of structural features of the '<em>Annotation Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_PROJECT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Annotation Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.ArticleImpl <em>Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.ArticleImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getArticle()
	 * @generated
	 */
	int ARTICLE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__LANGUAGE = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TEXT_HASH = 5;

	/**
	 * The feature id for the '<em><b>Annotation Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__ANNOTATION_SETS = 6;

	/**
	 * The number of structural features of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.LabelSetImpl <em>Label Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.LabelSetImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getLabelSet()
	 * @generated
	 */
	int LABEL_SET = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET__LABELS = 2;

	/**
	 * The number of structural features of the '<em>Label Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Label Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.LabelImpl <em>Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.LabelImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__COLOUR = 2;

	/**
	 * The feature id for the '<em><b>Hotkey</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__HOTKEY = 3;

	/**
	 * The number of structural features of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.AnnotatorImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotator()
	 * @generated
	 */
	int ANNOTATOR = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__NAME = 0;

	/**
	 * The number of structural features of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.AnnotationSetImpl <em>Annotation Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.AnnotationSetImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotationSet()
	 * @generated
	 */
	int ANNOTATION_SET = 5;

	/**
	 * The feature id for the '<em><b>Article</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__ARTICLE = 0;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__ANNOTATOR = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Spans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__SPANS = 3;

	/**
	 * The feature id for the '<em><b>Suggestions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__SUGGESTIONS = 4;

	/**
	 * The number of structural features of the '<em>Annotation Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Annotation Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.TextRegionImpl <em>Text Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.TextRegionImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getTextRegion()
	 * @generated
	 */
	int TEXT_REGION = 6;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION__BEGIN = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION__END = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION__LABEL = 2;

	/**
	 * The number of structural features of the '<em>Text Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Text Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.SpanImpl <em>Span</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.SpanImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSpan()
	 * @generated
	 */
	int SPAN = 7;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__BEGIN = TEXT_REGION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__END = TEXT_REGION__END;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__LABEL = TEXT_REGION__LABEL;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__ORIGIN = TEXT_REGION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__NOTE = TEXT_REGION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_FEATURE_COUNT = TEXT_REGION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_OPERATION_COUNT = TEXT_REGION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.impl.SuggestionImpl <em>Suggestion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.impl.SuggestionImpl
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSuggestion()
	 * @generated
	 */
	int SUGGESTION = 8;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__BEGIN = TEXT_REGION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__END = TEXT_REGION__END;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__LABEL = TEXT_REGION__LABEL;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__SCORE = TEXT_REGION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__SOURCE = TEXT_REGION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__STATE = TEXT_REGION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION_FEATURE_COUNT = TEXT_REGION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION_OPERATION_COUNT = TEXT_REGION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hashiya.model.AnnotationStatus <em>Annotation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.AnnotationStatus
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotationStatus()
	 * @generated
	 */
	int ANNOTATION_STATUS = 9;

	/**
	 * The meta object id for the '{@link org.hashiya.model.SpanOrigin <em>Span Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.SpanOrigin
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSpanOrigin()
	 * @generated
	 */
	int SPAN_ORIGIN = 10;

	/**
	 * The meta object id for the '{@link org.hashiya.model.SuggestionState <em>Suggestion State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hashiya.model.SuggestionState
	 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSuggestionState()
	 * @generated
	 */
	int SUGGESTION_STATE = 11;


	/**
	 * Returns the meta object for class '{@link org.hashiya.model.AnnotationProject <em>Annotation Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Project</em>'.
	 * @see org.hashiya.model.AnnotationProject
	 * @generated
	 */
	EClass getAnnotationProject();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.AnnotationProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hashiya.model.AnnotationProject#getName()
	 * @see #getAnnotationProject()
	 * @generated
	 */
	EAttribute getAnnotationProject_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hashiya.model.AnnotationProject#getLabelSets <em>Label Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Label Sets</em>'.
	 * @see org.hashiya.model.AnnotationProject#getLabelSets()
	 * @see #getAnnotationProject()
	 * @generated
	 */
	EReference getAnnotationProject_LabelSets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hashiya.model.AnnotationProject#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articles</em>'.
	 * @see org.hashiya.model.AnnotationProject#getArticles()
	 * @see #getAnnotationProject()
	 * @generated
	 */
	EReference getAnnotationProject_Articles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hashiya.model.AnnotationProject#getAnnotators <em>Annotators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotators</em>'.
	 * @see org.hashiya.model.AnnotationProject#getAnnotators()
	 * @see #getAnnotationProject()
	 * @generated
	 */
	EReference getAnnotationProject_Annotators();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article</em>'.
	 * @see org.hashiya.model.Article
	 * @generated
	 */
	EClass getArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Article#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hashiya.model.Article#getId()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Article#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.hashiya.model.Article#getTitle()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Article#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.hashiya.model.Article#getSource()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Article#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.hashiya.model.Article#getLanguage()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Article#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.hashiya.model.Article#getText()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Article#getTextHash <em>Text Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Hash</em>'.
	 * @see org.hashiya.model.Article#getTextHash()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_TextHash();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hashiya.model.Article#getAnnotationSets <em>Annotation Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotation Sets</em>'.
	 * @see org.hashiya.model.Article#getAnnotationSets()
	 * @see #getArticle()
	 * @generated
	 */
	EReference getArticle_AnnotationSets();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.LabelSet <em>Label Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Set</em>'.
	 * @see org.hashiya.model.LabelSet
	 * @generated
	 */
	EClass getLabelSet();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.LabelSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hashiya.model.LabelSet#getName()
	 * @see #getLabelSet()
	 * @generated
	 */
	EAttribute getLabelSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.LabelSet#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.hashiya.model.LabelSet#getVersion()
	 * @see #getLabelSet()
	 * @generated
	 */
	EAttribute getLabelSet_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hashiya.model.LabelSet#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.hashiya.model.LabelSet#getLabels()
	 * @see #getLabelSet()
	 * @generated
	 */
	EReference getLabelSet_Labels();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.Label <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label</em>'.
	 * @see org.hashiya.model.Label
	 * @generated
	 */
	EClass getLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Label#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hashiya.model.Label#getName()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Label#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hashiya.model.Label#getDescription()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Label#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.hashiya.model.Label#getColour()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Label#getHotkey <em>Hotkey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hotkey</em>'.
	 * @see org.hashiya.model.Label#getHotkey()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Hotkey();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.Annotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotator</em>'.
	 * @see org.hashiya.model.Annotator
	 * @generated
	 */
	EClass getAnnotator();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Annotator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hashiya.model.Annotator#getName()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Name();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.AnnotationSet <em>Annotation Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Set</em>'.
	 * @see org.hashiya.model.AnnotationSet
	 * @generated
	 */
	EClass getAnnotationSet();

	/**
	 * Returns the meta object for the container reference '{@link org.hashiya.model.AnnotationSet#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Article</em>'.
	 * @see org.hashiya.model.AnnotationSet#getArticle()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Article();

	/**
	 * Returns the meta object for the reference '{@link org.hashiya.model.AnnotationSet#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotator</em>'.
	 * @see org.hashiya.model.AnnotationSet#getAnnotator()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.AnnotationSet#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.hashiya.model.AnnotationSet#getStatus()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hashiya.model.AnnotationSet#getSpans <em>Spans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spans</em>'.
	 * @see org.hashiya.model.AnnotationSet#getSpans()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Spans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hashiya.model.AnnotationSet#getSuggestions <em>Suggestions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Suggestions</em>'.
	 * @see org.hashiya.model.AnnotationSet#getSuggestions()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Suggestions();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.TextRegion <em>Text Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Region</em>'.
	 * @see org.hashiya.model.TextRegion
	 * @generated
	 */
	EClass getTextRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.TextRegion#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.hashiya.model.TextRegion#getBegin()
	 * @see #getTextRegion()
	 * @generated
	 */
	EAttribute getTextRegion_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.TextRegion#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.hashiya.model.TextRegion#getEnd()
	 * @see #getTextRegion()
	 * @generated
	 */
	EAttribute getTextRegion_End();

	/**
	 * Returns the meta object for the reference '{@link org.hashiya.model.TextRegion#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label</em>'.
	 * @see org.hashiya.model.TextRegion#getLabel()
	 * @see #getTextRegion()
	 * @generated
	 */
	EReference getTextRegion_Label();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.Span <em>Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Span</em>'.
	 * @see org.hashiya.model.Span
	 * @generated
	 */
	EClass getSpan();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Span#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.hashiya.model.Span#getOrigin()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Span#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.hashiya.model.Span#getNote()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Note();

	/**
	 * Returns the meta object for class '{@link org.hashiya.model.Suggestion <em>Suggestion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suggestion</em>'.
	 * @see org.hashiya.model.Suggestion
	 * @generated
	 */
	EClass getSuggestion();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Suggestion#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.hashiya.model.Suggestion#getScore()
	 * @see #getSuggestion()
	 * @generated
	 */
	EAttribute getSuggestion_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Suggestion#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.hashiya.model.Suggestion#getSource()
	 * @see #getSuggestion()
	 * @generated
	 */
	EAttribute getSuggestion_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.hashiya.model.Suggestion#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.hashiya.model.Suggestion#getState()
	 * @see #getSuggestion()
	 * @generated
	 */
	EAttribute getSuggestion_State();

	/**
	 * Returns the meta object for enum '{@link org.hashiya.model.AnnotationStatus <em>Annotation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Annotation Status</em>'.
	 * @see org.hashiya.model.AnnotationStatus
	 * @generated
	 */
	EEnum getAnnotationStatus();

	/**
	 * Returns the meta object for enum '{@link org.hashiya.model.SpanOrigin <em>Span Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Span Origin</em>'.
	 * @see org.hashiya.model.SpanOrigin
	 * @generated
	 */
	EEnum getSpanOrigin();

	/**
	 * Returns the meta object for enum '{@link org.hashiya.model.SuggestionState <em>Suggestion State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Suggestion State</em>'.
	 * @see org.hashiya.model.SuggestionState
	 * @generated
	 */
	EEnum getSuggestionState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HashiyaFactory getHashiyaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.AnnotationProjectImpl <em>Annotation Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.AnnotationProjectImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotationProject()
		 * @generated
		 */
		EClass ANNOTATION_PROJECT = eINSTANCE.getAnnotationProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_PROJECT__NAME = eINSTANCE.getAnnotationProject_Name();

		/**
		 * The meta object literal for the '<em><b>Label Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_PROJECT__LABEL_SETS = eINSTANCE.getAnnotationProject_LabelSets();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_PROJECT__ARTICLES = eINSTANCE.getAnnotationProject_Articles();

		/**
		 * The meta object literal for the '<em><b>Annotators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_PROJECT__ANNOTATORS = eINSTANCE.getAnnotationProject_Annotators();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.ArticleImpl <em>Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.ArticleImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getArticle()
		 * @generated
		 */
		EClass ARTICLE = eINSTANCE.getArticle();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__ID = eINSTANCE.getArticle_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TITLE = eINSTANCE.getArticle_Title();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__SOURCE = eINSTANCE.getArticle_Source();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__LANGUAGE = eINSTANCE.getArticle_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TEXT = eINSTANCE.getArticle_Text();

		/**
		 * The meta object literal for the '<em><b>Text Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TEXT_HASH = eINSTANCE.getArticle_TextHash();

		/**
		 * The meta object literal for the '<em><b>Annotation Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE__ANNOTATION_SETS = eINSTANCE.getArticle_AnnotationSets();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.LabelSetImpl <em>Label Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.LabelSetImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getLabelSet()
		 * @generated
		 */
		EClass LABEL_SET = eINSTANCE.getLabelSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_SET__NAME = eINSTANCE.getLabelSet_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_SET__VERSION = eINSTANCE.getLabelSet_Version();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_SET__LABELS = eINSTANCE.getLabelSet_Labels();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.LabelImpl <em>Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.LabelImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getLabel()
		 * @generated
		 */
		EClass LABEL = eINSTANCE.getLabel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__NAME = eINSTANCE.getLabel_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__DESCRIPTION = eINSTANCE.getLabel_Description();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__COLOUR = eINSTANCE.getLabel_Colour();

		/**
		 * The meta object literal for the '<em><b>Hotkey</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__HOTKEY = eINSTANCE.getLabel_Hotkey();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.AnnotatorImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotator()
		 * @generated
		 */
		EClass ANNOTATOR = eINSTANCE.getAnnotator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__NAME = eINSTANCE.getAnnotator_Name();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.AnnotationSetImpl <em>Annotation Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.AnnotationSetImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotationSet()
		 * @generated
		 */
		EClass ANNOTATION_SET = eINSTANCE.getAnnotationSet();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__ARTICLE = eINSTANCE.getAnnotationSet_Article();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__ANNOTATOR = eINSTANCE.getAnnotationSet_Annotator();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__STATUS = eINSTANCE.getAnnotationSet_Status();

		/**
		 * The meta object literal for the '<em><b>Spans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__SPANS = eINSTANCE.getAnnotationSet_Spans();

		/**
		 * The meta object literal for the '<em><b>Suggestions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__SUGGESTIONS = eINSTANCE.getAnnotationSet_Suggestions();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.TextRegionImpl <em>Text Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.TextRegionImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getTextRegion()
		 * @generated
		 */
		EClass TEXT_REGION = eINSTANCE.getTextRegion();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_REGION__BEGIN = eINSTANCE.getTextRegion_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_REGION__END = eINSTANCE.getTextRegion_End();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_REGION__LABEL = eINSTANCE.getTextRegion_Label();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.SpanImpl <em>Span</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.SpanImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSpan()
		 * @generated
		 */
		EClass SPAN = eINSTANCE.getSpan();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__ORIGIN = eINSTANCE.getSpan_Origin();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__NOTE = eINSTANCE.getSpan_Note();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.impl.SuggestionImpl <em>Suggestion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.impl.SuggestionImpl
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSuggestion()
		 * @generated
		 */
		EClass SUGGESTION = eINSTANCE.getSuggestion();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUGGESTION__SCORE = eINSTANCE.getSuggestion_Score();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUGGESTION__SOURCE = eINSTANCE.getSuggestion_Source();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUGGESTION__STATE = eINSTANCE.getSuggestion_State();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.AnnotationStatus <em>Annotation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.AnnotationStatus
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getAnnotationStatus()
		 * @generated
		 */
		EEnum ANNOTATION_STATUS = eINSTANCE.getAnnotationStatus();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.SpanOrigin <em>Span Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.SpanOrigin
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSpanOrigin()
		 * @generated
		 */
		EEnum SPAN_ORIGIN = eINSTANCE.getSpanOrigin();

		/**
		 * The meta object literal for the '{@link org.hashiya.model.SuggestionState <em>Suggestion State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hashiya.model.SuggestionState
		 * @see org.hashiya.model.impl.HashiyaPackageImpl#getSuggestionState()
		 * @generated
		 */
		EEnum SUGGESTION_STATE = eINSTANCE.getSuggestionState();

	}

} //HashiyaPackage
