package org.ioedc.forms.therapy;

import java.util.ArrayList;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** ST-004: an ongoing subsequent therapy has neither a stop date nor a reason it stopped. */
final class NoStopDateWhenOngoing implements EditCheck {

    @Override
    public String id() {
        return "ST-004";
    }

    @Override
    public String formOid() {
        return SubsequentTherapy.FORM;
    }

    @Override
    public String description() {
        return "A subsequent therapy marked ongoing has no stop date and no reason stopped.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        boolean ongoing = form.items().text(SubsequentTherapy.ONGOING).filter("true"::equals).isPresent();
        boolean stopped = form.items().has(SubsequentTherapy.STOP) || form.items().has("ST.STOPRSN");
        if (!ongoing || !stopped) {
            return List.of();
        }
        // name the items that contradict "ongoing", not a blank one
        List<ItemRef> items = new ArrayList<>(List.of(ItemRef.of(SubsequentTherapy.ONGOING)));
        if (form.items().has(SubsequentTherapy.STOP)) {
            items.add(ItemRef.of(SubsequentTherapy.STOP));
        }
        if (form.items().has("ST.STOPRSN")) {
            items.add(ItemRef.of("ST.STOPRSN"));
        }
        return List.of(new CheckFinding(id(), items,
                "The therapy is marked ongoing but has a stop date or a reason stopped. Please untick ongoing or clear "
                        + "the stop date and reason."));
    }
}
