package org.trialfinder.search.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StudyDocument;

/** Small but valid v2 studies for store tests. */
public final class TestStudies {
    private TestStudies() {}

    public static StudyDocument study(
            String nctId, String lastUpdate, String title, String status, String country, String... aliases) {
        String aliasJson = aliases.length == 0 ? "" : ",\"nctIdAliases\":[\"" + String.join("\",\"", aliases) + "\"]";
        String json = """
                {"protocolSection":{
                  "identificationModule":{"nctId":"%s"%s,"briefTitle":"%s"},
                  "statusModule":{"overallStatus":"%s","lastUpdatePostDateStruct":{"date":"%s","type":"ACTUAL"}},
                  "designModule":{"studyType":"INTERVENTIONAL","phases":["PHASE2","PHASE3"]},
                  "contactsLocationsModule":{"locations":[{"city":"Guangzhou","country":"%s"}]}
                },"hasResults":false}""".formatted(nctId, aliasJson, title, status, lastUpdate, country);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new StudyDocument(
                StudyJson.parse(bytes),
                bytes,
                List.of(new DerivedGeoPoint(0, 23.1167, 113.25, "CITY", "Guangzhou, Guangdong, CN")),
                SourceForm.API_V2);
    }
}
