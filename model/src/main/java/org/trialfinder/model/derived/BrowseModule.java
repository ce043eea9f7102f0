package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * MeSH indexing of the conditions or the interventions: the mapped terms, their ancestors, browse
 * leaves and branches. Fields it does not know are kept in {@code unknownFields} and written back.
 */
public record BrowseModule(
        List<Mesh> meshes,
        List<Mesh> ancestors,
        List<BrowseLeaf> browseLeaves,
        List<BrowseBranch> browseBranches,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public BrowseModule {
        meshes = Frozen.list(meshes);
        ancestors = Frozen.list(ancestors);
        browseLeaves = Frozen.list(browseLeaves);
        browseBranches = Frozen.list(browseBranches);
        unknownFields = Frozen.map(unknownFields);
    }
}
