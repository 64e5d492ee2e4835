package org.gatelab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop application. */
public final class GateLabApp extends Application {
    @Override
    public void start(Stage stage) {
        VBox root = new VBox(12, new Label("GateLab"), new Label("RNN · LSTM · GRU"));
        stage.setTitle("GateLab");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }
}
