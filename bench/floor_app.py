"""The baseline of the paint benchmark: the least a Streamlit page with one plotly chart costs.

A title, one small bar chart and a keyword box whose text the chart shows, nothing else: timed in
the same run as the dashboard's pages, so their figures can be read as a ratio to what any
Streamlit + plotly page costs on the machine, for a first load and for a rerun.
"""
import plotly.graph_objects as go
import streamlit as st

st.title("基线")
keyword = st.text_input("关键词")
st.plotly_chart(go.Figure(go.Bar(x=["甲", "乙", "丙"], y=[1, 3, 2]), layout={"title": keyword}))
