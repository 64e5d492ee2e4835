package org.gatelab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.CanvasLook;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.presenter.PresenterLook;
import org.gatelab.ui.testing.WholeTexts;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.window.PresenterMode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison tab after a (tiny, real) comparison, in presenter mode's look at its largest type on 1366 x 768, in
 * both themes: the table's headers and values, the form, and the loss curves' heading, caption, legend and axes all
 * show whole (no label cut to "...", no canvas text ending in "…"). The empty tab is checked by
 * {@code WholeTextAtLargestTypeTest}.
 */
@ExtendWith(ApplicationExtension.class)
class CompareAtLargestTypeTest {
    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void afterAComparisonEveryTextShowsWhole(Theme theme, FxRobot robot) {
        CompareViewModel model = CompareViewTest.tiny(new CompareViewModel(Runnable::run));
        CompareView[] view = new CompareView[1];
        robot.interact(() -> {
            view[0] = new CompareView(model);
            Scene scene = new Scene(view[0], 1366, 768);
            theme.applyTo(scene);
            CanvasLook look = theme.look(true, PresenterMode.MAX_SCALE);
            CanvasLook.install(scene, new javafx.beans.property.ReadOnlyObjectWrapper<>(look));
            Theme.applyLook(view[0], look);
            PresenterLook.apply(view[0], true, PresenterMode.MAX_SCALE);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            assertTrue(model.start(), "the comparison starts");
            model.drain();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WholeTexts whole = new WholeTexts();
        robot.interact(() -> {
            view[0].applyCss();
            view[0].layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals(3, model.rows().size(), "a row per cell");
            whole.check(view[0], "Compare (" + theme + ")");
            view[0].getScene().getWindow().hide();
        });
        assertTrue(whole.labels() > 30 && whole.drawn() > 10,
                whole.labels() + " labelled controls and " + whole.drawn() + " canvas texts checked");
        assertEquals(java.util.List.of(), whole.problems());
    }
}
