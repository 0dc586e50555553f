package io.intentworkbench.ui.data;

import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnType;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.ui.common.Labels;
import io.intentworkbench.ui.common.Views;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

/** The data screen: opening files, the column table with roles and types, warnings, and a preview. */
public final class DataController {
    private static final int PREVIEW_COLUMN_WIDTH = 110;
    private final DataViewModel model;
    @FXML
    private BorderPane root;
    @FXML
    private Button openButton;
    @FXML
    private MenuButton recentButton;
    @FXML
    private Button cancelButton;
    @FXML
    private javafx.scene.control.ProgressBar importBar;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<ColumnRow> columnTable;
    @FXML
    private TableColumn<ColumnRow, String> nameColumn;
    @FXML
    private TableColumn<ColumnRow, ColumnRole> roleColumn;
    @FXML
    private TableColumn<ColumnRow, ColumnType> typeColumn;
    @FXML
    private TableColumn<ColumnRow, Number> missingColumn;
    @FXML
    private TableColumn<ColumnRow, Number> distinctColumn;
    @FXML
    private TableColumn<ColumnRow, String> summaryColumn;
    @FXML
    private ComboBox<String> positiveBox;
    @FXML
    private ListView<String> warningList;
    @FXML
    private TableView<Integer> previewTable;

    public DataController(DataViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Views.load(DataController.class, "DataView.fxml", this);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        roleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        roleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Labels.of(ColumnRole::label), ColumnRole.values()));
        typeColumn.setCellValueFactory(c -> c.getValue().typeProperty());
        typeColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Labels.of(ColumnType::label), ColumnType.values()));
        missingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().missing()));
        distinctColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().distinct()));
        summaryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        columnTable.setItems(model.columns());
        warningList.setItems(model.warnings());
        warningList.setPlaceholder(new Label("No warnings."));
        warningList.setCellFactory(list -> new WrappingCell(list));
        positiveBox.setItems(model.targetValues());
        positiveBox.valueProperty().addListener((obs, old, label) -> model.choosePositiveLabel(label));
        model.targetValues().addListener((javafx.collections.ListChangeListener<String>) c -> positiveBox.setValue(
                model.state().rolesProperty().get() == null ? null
                        : model.state().rolesProperty().get().positiveLabel()));
        model.state().datasetProperty().addListener((obs, old, dataset) -> showPreview(dataset));
        model.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent());
        openButton.disableProperty().bind(model.state().busyProperty());
        cancelButton.visibleProperty().bind(model.importingProperty());
        cancelButton.managedProperty().bind(model.importingProperty());
        importBar.visibleProperty().bind(model.importingProperty());
        importBar.managedProperty().bind(model.importingProperty());
        importBar.progressProperty().bind(model.importProgressProperty());
        fillRecent();
        enableDrop();
        showPreview(model.state().datasetProperty().get());
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a behaviour CSV file");
        chooser.setInitialDirectory(model.state().settings().lastFolder().toFile());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    @FXML
    private void cancelImport() {
        model.cancelImport();
    }

    private void fillRecent() {
        List<MenuItem> items = model.recentFiles().stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setOnAction(e -> model.open(path));
            return item;
        }).toList();
        recentButton.getItems().setAll(items);
        recentButton.setDisable(items.isEmpty());
    }

    private void enableDrop() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                model.open(files.get(0).toPath());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** A list cell whose text wraps to the list's width, so long warnings can be read whole. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell(ListView<String> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** Builds one table column per file column; cells read straight from the dataset, row by visible row. */
    private void showPreview(Dataset dataset) {
        previewTable.getColumns().clear();
        if (dataset == null) {
            previewTable.setItems(javafx.collections.FXCollections.emptyObservableList());
            return;
        }
        TableColumn<Integer, Number> rowNumber = new TableColumn<>("#");
        rowNumber.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() + 1));
        rowNumber.setPrefWidth(60);
        rowNumber.setSortable(false);
        previewTable.getColumns().add(rowNumber);
        for (String name : dataset.columnNames()) {
            TableColumn<Integer, String> column = new TableColumn<>(name);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(dataset.values().rawText(name, c.getValue())));
            column.setPrefWidth(Math.max(PREVIEW_COLUMN_WIDTH, Math.min(240, 9 * name.length() + 24)));
            column.setSortable(false);
            previewTable.getColumns().add(column);
        }
        previewTable.setItems(new RowIndexList(dataset.rowCount()));
    }
}
