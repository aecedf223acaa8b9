package io.shoplab.load.endpoints;

/** A review a virtual user is about to post. Author and comment are generated ASCII text. */
public record ReviewRequest(int productId, String author, int rating, String comment) {

    public String json() {
        return "{\"author\":\"" + author + "\",\"rating\":" + rating + ",\"comment\":\"" + comment + "\"}";
    }
}
