#!/usr/bin/env node
"use strict";var _D=Object.create;var Bd=Object.defineProperty;var wD=Object.getOwnPropertyDescriptor;var ID=Object.getOwnPropertyNames;var TD=Object.getPrototypeOf,CD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Gd=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},nr=(t,e)=>{for(var r in e)Bd(t,r,{get:e[r],enumerable:!0})},vD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of ID(e))!CD.call(t,n)&&n!==r&&Bd(t,n,{get:()=>e[n],enumerable:!(o=wD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?_D(TD(t)):{},vD(e||!t||!t.__esModule?Bd(r,"default",{value:t,enumerable:!0}):r,t));var da,It,Vy=p(()=>{da={warningEmitted:!1},It=t=>{if(t&&!da.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){da.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(da.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var qy=p(()=>{});function vr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var Wy=p(()=>{});var Rk,yr,Ky=p(()=>{Rk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",yr=(t,e)=>{if(Rk()&&typeof t?.handle!="functi\
on")return e}});var Es,su=p(()=>{Es=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var In,ua,Tn=p(()=>{su();In=(t,e=0,r=t.byteLength-e)=>{if(!Es(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},ua=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var _k,Re,Jy=p(()=>{Tn();_k=/^[A-Za-z0-9+/]*={0,2}$/,Re=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!_k.exec(t))throw new TypeError(
"Invalid base64 string.");let e=ua(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,ma=p(()=>{Tn();se=t=>{let e=ua(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var ue,Yy=p(()=>{Tn();ma();ue=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return In(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function Xy(t,e,r,o){return class fa extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?fa.mutate(o(s)):fa.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,fa.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var Qy=p(()=>{});var ee,Zy=p(()=>{Tn();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return In(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function eE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,tE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Mo,rE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Mo||(Mo={}))});var Br,oE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Br||(Br={}))});var nE=p(()=>{oE()});var Er,sE=p(()=>{Er="__smithy_context"});var Ar,iE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Ar||(Ar={}))});var br=p(()=>{rE();nE();sE();iE()});var te,aE=p(()=>{br();te=t=>t[Er]||(t[Er]={})});function O(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var iu=p(()=>{});function wk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,cE=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=wk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Ye,pE=p(()=>{Ye=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Ik,Pr,lE=p(()=>{Ik=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Pr=(t,e=!1)=>{if(!e)return Ik.test(t);let r=t.split(".");for(let o of r)if(!Pr(o))return!1;
return!0}});function au(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var dE=p(()=>{});var W,uE=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function mE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var fE=p(()=>{});var fe,cu=p(()=>{fE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=mE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var to,gE=p(()=>{iu();cu();to=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)O(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var Y=p(()=>{aE();iu();cE();pE();lE();dE();uE();cu();gE()});var pu,Tk,hE,Ck,yE,EE,xE,vk,SE,RE,Ak,ga,Cn,_E,bk,Pk,wE=p(()=>{pu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Pk.warn(bk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Tk=Math.ceil(2**127*(2-2**-23)),hE=t=>{let e=pu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Tk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Ck=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},yE=
t=>xE(t,16),EE=t=>xE(t,8),xE=(t,e)=>{let r=Ck(t);if(r!==void 0&&vk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},vk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},SE=t=>pu(typeof t=="string"?ga(t):t),RE=t=>hE(typeof t=="string"?
ga(t):t),Ak=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ga=t=>{let e=t.match(Ak);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Cn=t=>yE(typeof t=="string"?ga(t):t),_E=t=>EE(typeof t=="string"?ga(t):t),bk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Pk={warn:console.warn}});function Ho(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${Ok[o]}, ${c} ${du[r]} ${e} ${l}:${d}:${u} GMT`}var Ok,du,Nk,uu,Dk,mu,kk,$k,Lk,
Ss,fu,xs,Uk,Fk,Mk,lu,Hk,Bk,Gk,Or,jk,zk,vn,IE=p(()=>{wE();Ok=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],du=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Nk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),uu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Nk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=Cn(vn(
o)),u=Or(n,"month",1,12),m=Or(s,"day",1,31);return xs(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},Dk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
mu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Dk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=Cn(vn(o)),m=Or(n,"month",1,12),f=Or(s,"day",1,31),g=xs(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-zk(d)),g},kk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
$k=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Lk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Ss=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=kk.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return xs(Cn(vn(s)),lu(n),Or(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=$k.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Mk(xs(Uk(
s),lu(n),Or(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Lk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return xs(Cn(vn(l)),lu(o),Or(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},fu=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=SE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},xs=(t,e,r,o)=>{let n=e-1;return Bk(t,n,r),new Date(Date.UTC(t,n,r,Or(o.hours,"hour",0,23),Or(o.minutes,"\
minute",0,59),Or(o.seconds,"seconds",0,60),jk(o.fractionalMilliseconds)))},Uk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Cn(vn(t));return r<e?
r+100:r},Fk=50*365*24*60*60*1e3,Mk=t=>t.getTime()-new Date().getTime()>Fk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,lu=t=>{let e=du.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},Hk=[31,28,
31,30,31,30,31,31,30,31,30,31],Bk=(t,e,r)=>{let o=Hk[e];if(e===1&&Gk(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${du[e]} in ${t}: ${r}`)},Gk=t=>t%4===0&&
(t%100!==0||t%400===0),Or=(t,e,r,o)=>{let n=_E(vn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},jk=t=>t==null?0:
RE("0."+t)*1e3,zk=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},vn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Xe,TE=p(()=>{Xe=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Xe.from=t=>t&&typeof t=="object"&&(t instanceof Xe||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Xe(String(t)):
Xe(JSON.stringify(t));Xe.fromObject=Xe.from});function gu(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var CE=p(()=>{});function Gr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var hu,yu,Eu,vE,AE,Vk,qk,Wk,Kk,Jk,Yk,xu,Su,Ru,bE=p(()=>{hu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",yu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Eu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",vE="(\
\\d?\\d)",AE="(\\d{4})",Vk=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),qk=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
Wk=new RegExp(`^${hu}, ${vE} ${yu} ${AE} ${Eu} GMT$`),Kk=new RegExp(`^${hu}, ${vE}-${yu}-(\\d\\d) ${Eu} GMT$`),Jk=new RegExp(`^${hu} ${yu} ( [1-9]|\\d\\d) ${Eu}\
 ${AE}$`),Yk=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],xu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Su=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=Vk.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Gr(o,1,12),Gr(n,1,31),Gr(s,0,23),Gr(i,0,59),Gr(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},Ru=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(qk.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=Wk.exec(t))?[,e,r,o,n,s,i,a]=c:(c=Kk.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=Jk.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),Yk.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Gr(e,1,31),Gr(n,0,23),Gr(s,0,59),Gr(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function _u(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var PE=p(()=>{});var Rs,OE=p(()=>{Rs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var NE,_e,DE=p(()=>{NE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,_e=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!NE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&NE.test(r.string)}}});function Iu(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in wu)e[r/2]=wu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Qe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=kE[t[r]];return e}var kE,wu,Tu=p(()=>{kE={},wu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),kE[t]=e,wu[e]=t}});var An,Tt,$E=p(()=>{An=require("node:fs"),Tt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof An.ReadStream){if(t.path!=null)
return(0,An.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,An.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Ct,LE=p(()=>{ma();Ct=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function ha(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Cu=p(()=>{});var Be,_s=p(()=>{Be=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var _,ya=p(()=>{_s();_=class t extends Be{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var vt,UE=p(()=>{_s();vt=class t extends Be{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Bo,vu=p(()=>{_s();Bo=(...t)=>async()=>{if(t.length===0)throw new Be("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var FE,ME=p(()=>{FE=t=>()=>Promise.resolve(t)});var Ea,Au=p(()=>{Ea=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var At,xa=p(()=>{At=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ze,Sa=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ze||(Ze={}))});var HE,BE,bu,Xk,ro,ws=p(()=>{HE=require("node:os"),BE=require("node:path"),bu={},Xk=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",ro=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${BE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=Xk();return bu[n]||(bu[n]=(0,HE.homedir)()),
bu[n]}});var Ra,GE,et,Pu=p(()=>{Ra="AWS_PROFILE",GE="default",et=t=>t.profile||process.env[Ra]||GE});var jE,zE,Is,Ou=p(()=>{jE=require("node:crypto"),zE=require("node:path");ws();Is=t=>{let r=(0,jE.createHash)("sha1").update(t).digest("hex");return(0,zE.join)(ro(),
".aws","sso","cache",`${r}.json`)}});var VE,Ts,Cs,Nu=p(()=>{VE=require("node:fs/promises");Ou();Ts={},Cs=async t=>{if(Ts[t])return Ts[t];let e=Is(t),r=await(0,VE.readFile)(e,"utf8");return JSON.parse(
r)}});var qE,WE=p(()=>{br();qE=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Ar).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===Ar.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var KE,Qk,_a,Du=p(()=>{KE=require("node:path");ws();Qk="AWS_CONFIG_FILE",_a=()=>process.env[Qk]||(0,KE.join)(ro(),".aws","config")});var JE,Zk,YE,XE=p(()=>{JE=require("node:path");ws();Zk="AWS_SHARED_CREDENTIALS_FILE",YE=()=>process.env[Zk]||(0,JE.join)(ro(),".aws","credentials")});var e$,t$,vs,ku=p(()=>{br();e$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,t$=["__proto__","profile __proto__"],vs=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=e$.exec(a);if(c){let[,l,,d]=c;Object.values(
Ar).includes(l)&&(r=[l,d].join("."))}else r=a;if(t$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var QE,$u,As,bs,wa=p(()=>{QE=require("node:fs/promises"),$u={},As={},bs=(t,e)=>As[t]!==void 0?As[t]:((!$u[t]||e?.ignoreCache)&&($u[t]=(0,QE.readFile)(t,"utf8")),
$u[t])});var Lu,ZE,Ia,Uu=p(()=>{Lu=require("node:path");WE();Du();XE();ws();ku();wa();ZE=()=>({}),Ia=async(t={})=>{let{filepath:e=YE(),configFilepath:r=_a()}=t,o=ro(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Lu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Lu.join)(o,r.slice(2)));let a=await Promise.all([bs(i,{ignoreCache:t.ignoreCache}).
then(vs).then(qE).catch(ZE),bs(s,{ignoreCache:t.ignoreCache}).then(vs).catch(ZE)]);return{configFile:a[0],credentialsFile:a[1]}}});var ex,tx=p(()=>{br();ex=t=>Object.entries(t).filter(([e])=>e.startsWith(Ar.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var r$,Ps,rx=p(()=>{Du();tx();ku();wa();r$=()=>({}),Ps=async(t={})=>bs(t.configFilepath??_a()).then(vs).then(ex).catch(r$)});var ox,nx=p(()=>{ox=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var xr,sx=p(()=>{Uu();nx();xr=async t=>{let e=await Ia(t);return ox(e.configFile,e.credentialsFile)}});var Os,ix=p(()=>{Nu();wa();Os={getFileRecord(){return As},interceptFile(t,e){As[t]=Promise.resolve(e)},getTokenRecord(){return Ts},interceptToken(t,e){Ts[t]=e}}});function Ta(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Fu=p(()=>{});var ax,cx=p(()=>{ya();Fu();ax=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new _(r.message||`Not found in E\
NV: ${Ta(t.toString())}`,{logger:e?.logger})}}});var px,lx=p(()=>{ya();Pu();Uu();Fu();px=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=et(r),{configFile:n,credentialsFile:s}=await Ia(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new _(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Ta(t.toString())}`,{logger:r.logger})}}});var o$,dx,ux=p(()=>{ME();o$=t=>typeof t=="function",dx=t=>o$(t)?async()=>await t():FE(t)});var I,Mu=p(()=>{vu();Au();cx();lx();ux();I=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return Ea(Bo(ax(
t,{signingName:n,logger:s}),px(e,o),dx(r)))}});var mx,fx,bt,gx=p(()=>{xa();Sa();mx="AWS_USE_DUALSTACK_ENDPOINT",fx="use_dualstack_endpoint",bt={environmentVariableSelector:t=>At(t,mx,Ze.ENV),configFileSelector:t=>At(
t,fx,Ze.CONFIG),default:!1}});var hx,yx,Pt,Ex=p(()=>{xa();Sa();hx="AWS_USE_FIPS_ENDPOINT",yx="use_fips_endpoint",Pt={environmentVariableSelector:t=>At(t,hx,Ze.ENV),configFileSelector:t=>At(t,
yx,Ze.CONFIG),default:!1}});var jo,oo,bn,xx,Sx,Hu=p(()=>{jo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},oo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,bn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>xx[f.step]-xx[m.step]||Sx[f.priority||"normal"]-Sx[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let h=jo(g.name,g.aliases);if(h.includes(u)){m=!0;for(let y of h)o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let h of jo(g.name,g.aliases))o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(y=>{let x={...y,before:[],after:[]};for(let S of jo(x.name,x.aliases))g[S]=x;m.push(x)}),e.forEach(y=>{let x={
...y,before:[],after:[]};for(let S of jo(x.name,x.aliases))g[S]=x;f.push(x)}),f.forEach(y=>{if(y.toMiddleware){let x=g[y.toMiddleware];if(x===void 0){if(u)return;
throw new Error(`${y.toMiddleware} is not found when adding ${oo(y.name,y.aliases)} middleware ${y.relation} ${y.toMiddleware}`)}y.relation==="after"&&x.after.push(
y),y.relation==="before"&&x.before.push(y)}}),n(m).map(c).reduce((y,x)=>(y.push(...x),y),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:h}=m,y={step:"init\
ialize",priority:"normal",middleware:u,...m},x=jo(f,h);if(x.length>0){if(x.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,h)}'`);for(let S of x){
let A=t.findIndex(T=>T.name===S||T.aliases?.some(H=>H===S));if(A===-1)continue;let R=t[A];if(R.step!==y.step||y.priority!==R.priority)throw new Error(`"${oo(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${oo(f,h)}" middleware with ${y.priority} priority in ${y.step} s\
tep.`);t.splice(A,1)}}for(let S of x)o.add(S)}t.push(y)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:h}=m,y={middleware:u,...m},x=jo(f,h);if(x.length>0){
if(x.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,h)}'`);for(let S of x){let A=e.findIndex(T=>T.name===S||T.aliases?.some(H=>H===
S));if(A===-1)continue;let R=e[A];if(R.toMiddleware!==y.toMiddleware||R.relation!==y.relation)throw new Error(`"${oo(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${oo(f,h)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`);e.splice(A,1)}}for(let S of x)o.
add(S)}e.push(y)},clone:()=>a(bn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:h,name:y,aliases:x}=g;
if(h&&h.includes(u)){let S=jo(y,x);for(let A of S)o.delete(A);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(bn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return oo(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},xx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Sx={high:3,normal:2,low:1}});var Te,Rx=p(()=>{Hu();Te=class{config;middlewareStack=bn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var jr,Bu=p(()=>{jr=t=>typeof t=="function"?t():t});var Ca,Gu=p(()=>{Ca=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var _x,ju,wx=p(()=>{Y();Gu();_x=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=te(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
Ca(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Ye.isInstance(n)){let{headers:f={},statusCode:g}=n,h=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:ju(/^x-[\w-]+-request-?id$/,
h),extendedRequestId:ju(/^x-[\w-]+-id-2$/,h),cfId:ju(/^x-[\w-]+-cf-id$/,h)}}}catch{}}throw u}},ju=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Ix,Tx=p(()=>{Y();Gu();Ix=t=>(e,r)=>async o=>{let{operationSchema:n}=te(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>to(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Ca(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Ot(t){return{applyToStack:e=>{e.add(Ix(t),vx),e.add(_x(t),Cx),t.protocol.setSerdeContext(t)}}}var Cx,vx,Ax=p(()=>{wx();Tx();Cx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},vx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function no(t){if(typeof t=="object")return t;if(t=t|0,va[t])return va[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return va[t]=e}var va,zu=p(()=>{va=[]});function Ds(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var Ns,Aa,ba,U,Vu,bx,Px=p(()=>{Bu();zu();
Ns={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Aa=[],ba={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Vu(n);)o.push(n[1]),n=n[0],s=jr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,no(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=jr(s),bx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Aa[e])return Aa[e]}else if(typeof e=="string"){if(ba[e])return ba[e]}else if(r&&e[Ns.ns])return e[Ns.ns];let o=jr(e);if(o instanceof
t)return o;if(Vu(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),no(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Ns.ns]=n:typeof o=="string"?ba[o]=n:typeof o=="number"?Aa[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return no(this.memberTraits)}getOwnTraits(){return no(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Ds([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Ds([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Ds(Vu(n)?n:[n,0],e)}if(this.isDocumentSchema())return Ds([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Ns.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Ds([e[5][n],0],s);yield o[n]=[s,i]}e[Ns.it]=o}};Vu=t=>Array.isArray(t)&&t.length===
2,bx=t=>Array.isArray(t)&&t.length>=5});var Q,Ox=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Bu();Ax();Px();zu();Ox()});function Pn(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return qu;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return qu;if(Array.isArray(e))return e.map(n=>Pn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return qu;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,Pn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=Pn(i,o[s]));return n}return e}var qu,Nx=p(()=>{X();qu="***SensitiveInformat\
ion***"});var Dx,sr,Wu,Ku=p(()=>{br();Hu();Nx();X();Dx=Symbol.for("@smithy/op-event-stream"),sr=class{middlewareStack=bn();schema;static classBuilder(){return new Wu}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let T of n.
bind(this)(u,e,r,o))this.middlewareStack.use(T);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[Er],h={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[Er]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:y}=r,x=o??{};x.metricsRecorder&&(x={...x},delete x.metricsRecorder);let S,A=this.schema,R=A?.[Dx];if(R!==void 0)
S=R;else if(A&&Array.isArray(A)&&A[0]===9){let[,,,,T,H]=A;S=A[Dx]=!!(U.of(T).getEventStreamMember()||U.of(H).getEventStreamMember())}return S&&(x={isEventStream:S,
...x}),m.resolve(T=>y.handle(T.request,x),h)}},Wu=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends sr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Pn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Pn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var zr,kx=p(()=>{zr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var tt,Pa,$x=p(()=>{tt=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Pa=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Nt,Lx=p(()=>{Nt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var Ux,Dt,Fx=p(()=>{Ux=!1,Dt=t=>{t&&!Ux&&parseInt(t.substring(1,t.indexOf(".")))<16&&(Ux=!0)}});var Mx,Hx,Bx,Gx=p(()=>{Y();br();Mx=Object.values(Br),Hx=t=>{let e=[];for(let r in Br){if(!O(Br,r))continue;let o=Br[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();Mx.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},Bx=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();Mx.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var jx,zx,Vx=p(()=>{jx=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),zx=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var kt,$t,qx=p(()=>{Gx();Vx();kt=t=>Object.assign(Hx(t),jx(t)),$t=t=>Object.assign(Bx(t),zx(t))});var Oa,Wx=p(()=>{Y();Oa=t=>{let e="#text";for(let r in t)O(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Oa(t[r])));return t}});var we,Kx=p(()=>{we=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Lt(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return sr.classBuilder().ep(d).m(function(u,m,f,g){let h=i.call(this,u,m,f,g);return h.
unshift(o(f,u.getEndpointParameterInstructions())),h}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var Jx=p(()=>{Ku()});var v=p(()=>{Y();Y();Rx();Ku();kx();Lx();Fx();$x();qx();Wx();Kx();Jx()});var Yx,Ju,Yu,Xx,Qx,Zx,eS,tS,rS,Xu=p(()=>{Yx="AWS_EXECUTION_ENV",Ju="AWS_REGION",Yu="AWS_DEFAULT_REGION",Xx="AWS_EC2_METADATA_DISABLED",Qx=["in-region","cross-re\
gion","mobile","standard","legacy"],Zx="/latest/meta-data/placement/region",eS="/latest/api/token",tS="x-aws-ec2-metadata-token",rS="x-aws-ec2-metadata-token-tt\
l-seconds"});var Qu=Gd((I5,oS)=>{oS.exports=require("node:http")});var nS,n$,aS,Na,sS,s$,iS,Zu=p(()=>{Xu();nS=1e3,n$=6e4,aS=0,Na=async()=>{if(!process.env[Xx]&&!(Date.now()<aS))try{let t=s$(),e=(await iS({...t,path:eS,method:"P\
UT",headers:{[rS]:"21600"}})).toString();return(await iS({...t,path:Zx,method:"GET",headers:{[tS]:e}})).toString().trim()||sS()}catch{return sS()}},sS=()=>{aS=Date.
now()+n$},s$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},iS=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(Qu()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:nS,signal:AbortSignal.timeout(nS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var cS,pS,be,rt,em=p(()=>{Zu();cS="AWS_REGION",pS="region",be={environmentVariableSelector:t=>t[cS],configFileSelector:t=>t[pS],default:async()=>{let t=await Na();
if(t)return t;throw new Error("Region is missing")}},rt={preferredFile:"credentials"}});var lS,dS,uS=p(()=>{Y();lS=new Set,dS=(t,e=Pr)=>{if(!lS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else lS.add(t)}});var Da,tm=p(()=>{Da=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var mS,fS=p(()=>{tm();mS=t=>Da(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ut,gS=p(()=>{uS();fS();tm();Ut=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=mS(o);return dS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Da(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var i$,a$,hS,yS=p(()=>{i$="AWS_DEFAULTS_MODE",a$="defaults_mode",hS={environmentVariableSelector:t=>t[i$],configFileSelector:t=>t[a$],default:"legacy"}});var Ft,c$,p$,ES=p(()=>{em();Zu();Mu();Au();Xu();yS();Ft=({region:t=I(be),defaultsMode:e=I(hS)}={})=>Ea(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return c$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${Qx.join(", ")}, got ${r}`)}}),c$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await p$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},p$=async()=>process.env[Yx]&&(process.env[Ju]||process.
env[Yu])?process.env[Ju]??process.env[Yu]:Na()});var L=p(()=>{_s();ya();UE();vu();xa();Sa();Pu();Ou();Nu();rx();sx();ix();Mu();gx();Ex();em();gS();ES()});var xS,SS,RS,_S=p(()=>{xS="AWS_ENDPOINT_URL",SS="endpoint_url",RS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[xS,...r].
join("_")];if(o)return o;let n=e[xS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),SS].join(".")];if(a)return a}let o=e[SS];if(o)return o},default:void 0})});var l$,d$,wS,IS=p(()=>{L();l$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",d$="ignore_configured_endpoint_urls",wS={environmentVariableSelector:t=>At(t,l$,Ze.ENV),configFileSelector:t=>At(
t,d$,Ze.CONFIG),default:!1}});var ks,TS=p(()=>{L();_S();IS();ks=async t=>{if(!await I(wS)())return I(RS(t??""))()}});var rm,u$,m$,f$,CS,vS,AS=p(()=>{rm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),vS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!CS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},u$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,m$=/(\d+\.){3}\d+/,f$=/\.\./,CS=t=>u$.test(t)&&!m$.test(t)&&!f$.test(t),vS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var bS=p(()=>{AS()});var PS,OS=p(()=>{PS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var om=p(()=>{Y()});function ka(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(to(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await $a(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var $a,La=p(()=>{bS();OS();om();$a=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await PS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await rm(o),o}});function g$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Ua(t){let e=ka(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&g$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=te(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var nm=p(()=>{Y();La()});function NS(t){let e=Ua(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),y$)}})}var h$,y$,DS=p(()=>{nm();h$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},y$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:h$.name}});function kS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>to(await W(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var $S=p(()=>{Y();om()});var ot,LS=p(()=>{ot=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var nt,US=p(()=>{nt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var le,FS=p(()=>{le=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Vr=p(()=>{FS()});var sm,MS=p(()=>{sm="endpoints"});function On(t){return typeof t!="object"||t==null?t:"ref"in t?`$${On(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(On).join(", ")})`:JSON.stringify(t,null,2)}var HS=p(
()=>{});var BS=p(()=>{MS();HS()});var Pe,im=p(()=>{Pe={}});var am,GS=p(()=>{am=(t,e)=>t===e});function cm(...t){for(let e of t)if(e!=null)return e}var jS=p(()=>{});var zS,VS=p(()=>{Vr();zS=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new le(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new le(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var $s,qS=p(()=>{Vr();VS();$s=(t,e)=>zS(e).reduce((r,o)=>{if(typeof r!="object")throw new le(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var pm,WS=p(()=>{pm=t=>t!=null});function lm(t,e,r){return t?e:r}var KS=p(()=>{});var dm,JS=p(()=>{dm=t=>!t});var E$,Nn,um=p(()=>{E$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Nn=t=>E$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var mm,fm,YS=p(()=>{br();um();mm={[Mo.HTTP]:80,[Mo.HTTPS]:443},fm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:h="",query:y={}}=t,x=new URL(`${g}//${m}${f?`:${f}`:""}${h}`);return x.search=Object.entries(y).map(([S,A])=>`${S}=${A}`).join("&"),x}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Mo).includes(c))return null;let l=Nn(n),d=r.includes(`${o}:${mm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${mm[c]}`),u=`${o}${d?`:${mm[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function gm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var XS=p(()=>{});var hm,QS=p(()=>{hm=(t,e)=>t===e});var ym,ZS=p(()=>{ym=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Em,eR=p(()=>{Em=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var xm=p(()=>{GS();jS();qS();WS();Y();KS();JS();YS();XS();QS();ZS();eR()});var tR,rR=p(()=>{xm();tR={booleanEquals:am,coalesce:cm,getAttr:$s,isSet:pm,isValidHostLabel:Pr,ite:lm,not:dm,parseURL:fm,split:gm,stringEquals:hm,substring:ym,uriEncode:Em}});var Fa,Sm=p(()=>{xm();Fa=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push($s(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var oR,nR=p(()=>{oR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var zo,Ma,sR,Ls=p(()=>{Vr();im();rR();Sm();nR();zo=(t,e,r)=>{if(typeof t=="string")return Fa(t,r);if(t.fn)return sR.callFunction(t,r);if(t.ref)return oR(t,r);throw new le(
`'${e}': ${String(t)} is not a string, function or reference.`)},Ma=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=sR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=tR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},sR={evaluateExpression:zo,
callFunction:Ma}});var iR=p(()=>{Ls()});var aR,cR=p(()=>{BS();Vr();iR();aR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new le(`'${r}' is already defined in Reference Record.`);let o=Ma(
t,e);e.logger?.debug?.(`${sm} evaluateCondition: ${On(t)} = ${On(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var pR,lR=p(()=>{Vr();Ls();pR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=zo(s,"Header value entry",e);if(typeof i!="string")throw new le(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Rm,dR,uR,mR=p(()=>{Vr();Sm();Rm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=uR.getEndpointProperty(n,e),r),{}),dR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>dR(r,e));switch(typeof t){case"string":return Fa(t,e);case"object":if(t===null)throw new le(`Unexpected endpoint property: ${t}`);return uR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new le(`Unexpected endpoint property type: ${typeof t}`)}},uR={getEndpointProperty:dR,getEndpointProperties:Rm}});var fR,gR=p(()=>{Vr();Ls();fR=(t,e)=>{let r=zo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new le(`Endpoint URL must be a string, got ${typeof r}`)}});var _m,Mt,hR=p(()=>{Vr();cR();Ls();lR();mR();gR();_m=1e8,Mt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<_m;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,h]=s[d],y=aR({fn:f,assign:h,argv:g},c);if(y.
toAssign){let{name:x,value:S}=y.toAssign;a[x]=S}i=i>=0===y.result?u:m}if(i>=_m){let l=n[i-_m];if(l[0]===-1){let[,f]=l;throw new le(zo(f,"Error",c))}let[d,u,m]=l;
return{url:fR(d,c),properties:Rm(u,c),headers:pR(m??{},c)}}throw new le("No matching endpoint.")}});var fJ,ir,gJ,ar,K=p(()=>{TS();La();nm();DS();$S();LS();US();hR();um();Y();im();La();fJ=ka(ks),ir=kS(ks),gJ=Ua(ks),ar=NS(ks)});var Us,Ha,Ba=p(()=>{Us=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Ha=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var yR,ER=p(()=>{yR=t=>new TextEncoder().encode(t)});var xR,CJ,SR,Ga,wm,RR,_R=p(()=>{xR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",CJ=Object.entries(xR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),SR=xR.split(""),Ga=6,wm=8,RR=63});function wR(t){let e;typeof t=="string"?e=yR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*wm,a+=wm;let c=Math.ceil(a/Ga);i<<=c*Ga-a;for(let l=1;l<=c;l++){let d=(c-l)*Ga;n+=SR[(i&
RR<<d)>>d]}n+="==".slice(0,4-c)}return n}var IR=p(()=>{ER();_R()});var TR,CR=p(()=>{TR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Im(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Tm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return ha(e,o)}var vR,Cm=p(()=>{Cu();Ba();vR=async t=>Ha(t)?Im(t):Tm(t)});var AR,PR,bR,OR=p(()=>{IR();Tu();CR();Cm();Ba();AR="The stream has already been transformed.",PR=t=>{if(!bR(t)&&!Us(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(AR);return e=!0,await vR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return wR(s);if(n==="hex")return Qe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return TR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(AR);if(e=!0,bR(t))return o(t);if(Us(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},bR=t=>typeof Blob=="function"&&t instanceof Blob});var NR,Ge,vm,Am=p(()=>{NR=require("node:stream");Cu();Cm();Ba();Ge=t=>Ha(t)?Im(t):Us(t)?Tm(t):new Promise((e,r)=>{let o=new vm,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=ha(this.bufferedBytes);e(s)})}),vm=class extends NR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var ja,DR,Fs,kR=p(()=>{ja=require("node:stream");Tn();OR();Am();DR="The stream has already been transformed.",Fs=t=>{if(!(t instanceof ja.Readable))try{return PR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(DR);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?In(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(DR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof ja.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,ja.Readable.toWeb(t)}})}});function qr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var $R=p(()=>{});var LR,Dn,x$,bm,kn,$=p(()=>{LR=require("node:crypto");Jy();Yy();Qy();ma();Zy();tE();IE();TE();CE();bE();PE();OE();DE();Tu();$E();LE();su();kR();Am();Y();$R();Dn=
class extends Xy(ee,se,ue,Re){},x$=LR.getRandomValues,bm=eE(x$),kn=bm});var je,$n=p(()=>{$();je=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Dn.mutate(t);if(!t)return Dn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Dn.mutate(await r)}});function Vo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Pm=p(
()=>{});var FR,Oe,S$,R$,_$,w$,za,UR,qo=p(()=>{X();$();FR=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[FR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?w$:this.bindings??=S$(this)}},S$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let h=Oe.of(g),y=h.getMergedTraits(),x=h.getHttpBindingLocation(
y),S=y.httpHeader?.toLowerCase()??y.httpPrefixHeaders?.toLowerCase()??y.httpQuery,A=h.getHttpBindingValue(x,y),R=[f,A,x,S];f==="__proto__"&&qr(i),i[f]=R,A[1]>>10&
1&&(u.hasIdempotency=!0),s.push(R);let T=x&7;if(T===0&&(o.push(f),n.push(g)),(T&4)===0)e.push(f),r.push(g);else if((T&6)===4)if(T&1)l.statusCode=R;else{l.payload=
R;let H=A[1]&255;u.contentTypeInstruction=y.mediaType??(H===0?"text/plain":H===21||H===42?"application/octet-stream":null)}else T&1?(u.hasPrefixHeaders=!0,c.push(
R)):(S==="__proto__"&&qr(a),a[S]=R)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=UR(t,o,n),m.syntheticBodySchema=
UR(t,e,r),d},R$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},_$=t=>{let{http:e,endpoint:r}=no(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?R$(o):void 0,r?.[0]]},w$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
za=t=>t[FR]??=_$(t),UR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Nr,Ms=p(()=>{Nr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var MR=Gd(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var Ln,Om=p(()=>{Y();X();Ms();qo();Ln=class extends Nr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return Ye}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)O(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)O(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=za(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!au(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(MR())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Hs,HR=p(()=>{Y();$();qo();Om();$n();Pm();Hs=class extends Ln{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,d=za(e),u=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,h]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[y,x]of h)s[y]=x}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),h=Object.getPrototypeOf(e),y=(h===Object.prototype||h===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,x=y?g.length:o.memberBindings.length;for(let R=0;R<x;++R){let T=y?O(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!T)continue;let H=T[1],Z=T[0],
or=H[0],Cr=H[1],ce=H[2],ve=T[2],pt=T[3],We=e[Z];if(!(We==null&&!(Cr>>10&1)))if(ve===36){let V=Cr>>11&3;V?V===2?m=We||void 0:u=We:(i?i.writeCodec(or,We):s.write(
or,We),u=s.flush())}else if(ve===33||ve===38){let V=this.serializeHttpValue(H,We,ve,i);ve===33?(f??=Object.create(null))[Z]=V:c[pt]=V}else if(ve===39)for(let V in We){
if(!O(We,V))continue;let mr=pt+V;c[mr.toLowerCase()]=this.serializeHttpValue(ce,We[V],38,i,i?ce[0]:[ce[0],{httpHeader:mr}])}else(ve&62)===34?this.serializeQuery(
H,We,pt,a,i):d=!0}let S=n[1],A=n[3];return S&&A&&r.path.endsWith(S)&&(r.path=r.path.slice(0,-S.length)+this.serializePath(A,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!O(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(O(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(Vo).join("/"):Vo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Oe.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await je(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await je(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await je(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,h=o.headers;if(u){let[y,x]=u,[S,A]=x,R=A>>11&3;if(R)R===2?i[y]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[y]=Fs(o.body);else if(o.body){let T=await je(o.body,r);T.byteLength>0&&(i[y]=await(c?c.readPayload(x,T):
a.read(S,T)))}}for(let y in h){if(!O(h,y))continue;let x=y.toLowerCase(),S=h[y];x!==y&&(delete h[y],h[x]=S);let A=O(f,x)?f[x]:void 0;if(!A)continue;let[R,[T,H,Z],
,or]=A;if(Z){let Cr=H>>16&1?_u(S,",",2):Rs(S),ce=[];for(let ve of Cr)ce.push(c?c.readHttpBinding(Z,ve.trim(),38):await a.read([Z[0],{httpHeader:or}],ve.trim()));
i[R]=ce}else i[R]=c?c.readHttpBinding(A[1],S,38):await a.read(T,S)}for(let[y,[,,x],,S]of g){i[y]={};for(let A in h){if(!O(h,A)||!A.startsWith(S))continue;let R=h[A];
i[y][A.slice(S.length)]=c?c.readHttpBinding(x,R,38):await a.read([x[0],{httpHeader:A}],R)}}return m&&(i[m[0]]=o.statusCode),d}}});var Wo,BR=p(()=>{Y();X();Y();Om();$n();Wo=class extends Ln{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[h]of c.structIterator())h!==f&&u[h]!=null&&(g[h]=u[h]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await je(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!O(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await je(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Ko,Nm=p(()=>{$();qo();Ms();Ko=class extends Nr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),Rs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Re)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Su(n);case 6:return Ru(n);case 7:
return xu(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Re)(c))),a===2?Xe.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new _e(n,"bigDecimal");default:return n}}}});var Bs,GR=p(()=>{$();qo();Ms();Nm();Bs=class extends Nr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Ko(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Va,jR=p(()=>{$();qo();Ms();Va=class extends Nr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Ho(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??ue)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:gu(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Xe.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??ue)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?kn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Gs,zR=p(()=>{qo();jR();Gs=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Va(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Jo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var qa=p(()=>{});var Ht,Bt,VR=p(()=>{Ht=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Bt=t=>({requestHandler:t.httpHandler()})});function WR(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(qR)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[qR]:String(i)})}catch{}}return e({...r,request:o})}}var qR,KR,Gt,JR=p(()=>{Y();qR="content-length";KR={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Gt=t=>({applyToStack:e=>{e.add(WR(t.bodyLengthChecker),KR)}})});var Sr,I$,Dm=p(()=>{Sr=t=>encodeURIComponent(t).replace(/[!'()*]/g,I$),I$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function km(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Sr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Sr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Sr(o)}`),e.push(n)}}return e.join("&")}var YR=p(()=>{Dm()});var so,Wa=p(()=>{so=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ka,XR=p(()=>{Ka=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Ja(){if(js===void 0)try{if(typeof Buffer!="function")js=!1;else{let t=JSON.parse(Buffer.from([123,125]));js=t!==null&&typeof t=="object"}}catch{js=!1}return js}
var js,$m=p(()=>{});function Ya(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?C$(o,e)?e:new _e(o,"bigDecim\
al"):T$(o)?new _e(o,"bigDecimal"):/[eE]/.test(o)?v$(o):BigInt(o)}return e}function T$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function C$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Lm(t)===Lm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Lm(o):!1}function Lm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function v$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Um=p(()=>{$()});function Qa(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Fm in r)return r[Fm];let o=Xa(e,new Set);return r[Fm]=o,o}return Xa(e,new Set)}
function Xa(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Xa(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Xa(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Fm,Mm=p(()=>{X();Fm=Symbol.for("@aws-sdk/reviver")});var QR,ZR=p(()=>{$n();$();QR=(t,e)=>je(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function Bm(t,e,r){let o;if(Ja()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await je(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await QR(t,e)),o.length===0)return{};let n=r&&Qa(r)?Ya:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var e_,Hm,Gm,jm,t_,zm=p(()=>{$n();ZR();$m();Um();
Mm();e_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Hm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Gm=(t,e)=>t_(t,e,["header","code","type"]),jm=(t,e,r=!1)=>t_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),t_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=e_(t??{},"x-amzn-errortype");if(n!==
void 0)return Hm(t[n]);break;case"code":let s=e_(e??{},"code");if(s&&e[s]!==void 0)return Hm(e[s]);break;case"type":if(e?.__type!==void 0)return Hm(e.__type);break}}});var Za,r_=p(()=>{qa();X();$();Wa();XR();$m();Um();Mm();zm();Y();Za=class extends so{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Qa(e)?
Ya:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Ja()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Bm(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)O(a,c)&&(c==="__proto__"&&qr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Re(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Xe.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Jo(n,this.settings)){case 5:return mu(r);case 6:return Ss(r);case 7:return fu(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof _e)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new _e(i.string,i.type):new _e(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof _e||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!O(i,a))continue;a==="__proto__"&&qr(i);let c=i[a];c instanceof
_e||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new Ka(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!O(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var ec,o_,n_=p(()=>{$();ec=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>o_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),o_=e),this.string=ee(this)}return this.
string}},o_=0});function Vm(t){return ec.allocUnsafe(t)}var tc,s_,i_,A$,b$,Un,rc,oc,a_,P$,O$,N$,Dr,c_,nc,p_=p(()=>{qa();X();$();Wa();Y();n_();tc=new TextEncoder,s_=123,i_=125,A$=
91,b$=93,Un=34,rc=58,oc=44,a_=92,P$=new Uint8Array([116,114,117,101]),O$=new Uint8Array([102,97,108,115,101]),N$=new Uint8Array([110,117,108,108]),Dr=new Array(
128).fill(null);Dr[8]="b";Dr[9]="t";Dr[10]="n";Dr[12]="f";Dr[13]="r";Dr[34]='"';Dr[92]="\\";for(let t=0;t<32;t++)Dr[t]===null&&(Dr[t]="u00"+t.toString(16).padStart(
2,"0"));c_=2048;nc=class t extends so{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Vm(c_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),tc.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Vm(c_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Vm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Un;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Un,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Un;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=Dr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=a_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=tc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Un}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=a_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Un;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Un,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(kn());return}return}this.ensure(4),this.json.set(N$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Xe.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof _e?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof _e){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??ue)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(P$,
i),i+=4):(a.set(O$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=s_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=oc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=rc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=rc,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=oc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=rc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=i_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=tc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=A$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=oc),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=b$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!O(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=tc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=s_;let i=!0;for(let a in r){if(!O(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=oc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=rc,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=i_}writeTimestamp(e,r){switch(Jo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Ho(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Yo,l_=p(()=>{Wa();r_();p_();Yo=class extends so{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new nc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Za(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{$n();Pm();HR();BR();Nm();GR();zR();qa();Y();Y();VR();JR();Dm();YR();Y();zm();l_()});var d_,u_,jt,m_=p(()=>{F();d_=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},u_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},jt=t=>({applyToStack:e=>{
e.add(d_(t),u_)}})});var f_,g_,zt,h_=p(()=>{v();f_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof we;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},g_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},zt=t=>({applyToStack:e=>{e.add(f_(),g_)}})});var y_,E_=p(()=>{y_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var S_=Gd((CQ,x_)=>{x_.exports=require("node:async_hooks")});var io,qm,sc,Wm,Km,zs,R_=p(()=>{io={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},qm=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");qm||(globalThis.awslambda=globalThis.awslambda||{});sc=class{static PROTECTED_KEYS=io;isProtectedKey(e){
return Object.values(io).includes(e)}getRequestId(){return this.get(io.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(io.X_RAY_TRACE_ID)}getTenantId(){return this.
get(io.TENANT_ID)}getTraceparent(){return this.get(io.TRACEPARENT)}getTracestate(){return this.get(io.TRACESTATE)}getBaggage(){return this.get(io.BAGGAGE)}},Wm=
class extends sc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Km=class t extends sc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(S_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await Km.create():new Wm;return!qm&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!qm&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(zs||(zs={}))});function $$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Ym||r===__||r===w_)&&(t[r]=t[e],delete t[e])}}var D$,k$,Jm,Ym,__,w_,I_,T_=p(()=>{R_();
F();D$="AWS_LAMBDA_FUNCTION_NAME",k$="_X_AMZN_TRACE_ID",Jm="X-Amzn-Trace-Id",Ym="traceparent",__="tracestate",w_="baggage",I_=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===Jm.toLowerCase())??Jm;if(!r.headers.hasOwnProperty(n)){let s=process.
env[D$],i=process.env[k$];o??=await zs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[Jm]=c)}}if($$(
r.headers),!r.headers[Ym]){let s=(o??=await zs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[Ym]=s;let i=o?.getTracestate?.();i&&(r.headers[__]=i);let a=o?.
getBaggage?.();a&&(r.headers[w_]=a)}}return t(e)}});var Vt,C_=p(()=>{E_();T_();Vt=t=>({applyToStack:e=>{e.add(I_(),y_)}})});var v_,A_=p(()=>{v_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function L$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Xm,b_=p(()=>{Y();A_();Xm=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=v_(s,i),c=L$(t.httpAuthSchemes),l=te(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:h={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},h),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var Qm,lt,P_=p(()=>{b_();Qm={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},lt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Xm(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),Qm)}})});var O_=p(()=>{P_()});var U$,F$,Zm,N_=p(()=>{F();Y();U$=t=>e=>{throw e},F$=(t,e)=>{},Zm=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=te(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||U$)(i));return(c.successHandler||F$)(l.response,i),l}});var ef,dt,D_=p(()=>{N_();ef={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},dt=t=>({applyToStack:e=>{e.addRelativeTo(Zm(t),ef)}})});var k_=p(()=>{D_()});var Rr,$_=p(()=>{Rr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var ze,L_=p(()=>{Y();ze=class{authSchemes=new Map;constructor(e){for(let r in e){if(!O(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var st,U_=p(()=>{st=class{async sign(e,r,o){return e}}});var F_=p(()=>{U_()});var tf,ic,Vs,ac,M_=p(()=>{tf=t=>function(r){return Vs(r)&&r.expiration.getTime()-Date.now()<t},ic=tf(3e5),Vs=t=>t.expiration!==void 0,ac=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var H_=p(()=>{L_();F_();M_()});var it=p(()=>{O_();k_();$_();H_()});function G$(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function qt(t){let e=Rr(t.userAgentAppId??cc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!G$(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var cc,rf=p(()=>{it();cc=void 0});var B_,G_=p(()=>{B_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var j$,z$,j_,z_,of=p(()=>{G_();j$=B_,z$="",j_=t=>{let{partitions:e}=j$;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},z_=()=>z$});var V_,nf,q_=p(()=>{V_=require("node:stream"),nf=t=>t?.body instanceof V_.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var W_,K_,J_,Y_,X_,Q_=p(()=>{W_=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],K_=["TimeoutError","RequestTimeout","RequestTimeoutException"],J_=[500,502,503,504],Y_=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],X_=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function K$(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var V$,q$,W$,pc,lc,Z_,sf=p(()=>{Q_();V$=t=>t?.$retryable!==
void 0,q$=t=>t.$metadata?.clockSkewCorrected,W$=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},pc=t=>t.$metadata?.httpStatusCode===429||W_.
includes(t.name)||t.$retryable?.throttling==!0,lc=(t,e=0)=>t?.name!=="AbortError"&&(V$(t)||q$(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||K_.includes(t.name)||Y_.includes(t?.code||"")||X_.includes(t?.code||"")||J_.includes(t.$metadata?.httpStatusCode||0)||W$(t)||K$(t)||t.cause!==
void 0&&e<=10&&lc(t.cause,e+1)),Z_=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!lc(t)}return!1}});var dc,J$,ew,tw=p(()=>{dc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(J$(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},J$=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},ew=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var rw,ow,nw=p(()=>{rw="amz-sdk-invocation-id",ow="amz-sdk-request"});function sw(t,e){if(Ye.isInstance(t))for(let r in t.headers){if(!O(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Ss(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var iw=p(()=>{Y();F();$()});var aw,cw=p(()=>{aw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function af(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Er]?.abortSignal;if(Y$(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await dc(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[rw]=bm());;)try{
g&&(f.headers[ow]=`attempt=${u+1}; max=${i}`);let{response:h,output:y}=await r(n);return s.recordSuccess(l),y.$metadata.attempts=u+1,y.$metadata.totalRetryDelay=
m,{response:h,output:y}}catch(h){let y=X$(h,e.logger);if(d=aw(h),g&&t(f))throw(o.logger instanceof we?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await dc(s.refreshRetryTokenForRetry(l,y),a)}catch(S){throw S!==d&&a?.aborted&&ew(S)?S:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let x=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+x,
x>0&&await dc(new Promise(S=>setTimeout(S,x)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function pw(t){
let e=af(t);return r=>({applyToStack:o=>{o.add(e(r),Z$)}})}var Y$,X$,Q$,Z$,lw=p(()=>{v();F();$();br();sf();tw();nw();iw();cw();Y$=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",X$=(t,e)=>{let r={error:t,errorType:Q$(t)},o=sw(t.$response,e);return o&&(r.retryAfterHint=
o),r},Q$=t=>pc(t)?"THROTTLING":lc(t)?"TRANSIENT":Z_(t)?"SERVER_ERROR":"CLIENT_ERROR",Z$={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var uc,dw=p(()=>{sf();uc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||pc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let s=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(s)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var Wt,mc=p(()=>{Wt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var fc,uw=p(()=>{mc();fc=class{x=Wt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var qs,mw=p(()=>{qs=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Kt,ao,at,Ws=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Kt||(Kt={}));ao=3,at=Kt.STANDARD});var gc,Xo,cf=p(()=>{uw();mw();Ws();mc();gc={incompatible:1,attempts:2,capacity:3},Xo=class{mode=Kt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>ao,this.baseDelay??=Wt.delay(),this.retryBackoffStrategy??=
new fc}async acquireInitialRetryToken(e){return new qs(Wt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Wt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new qs(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===gc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${ao}`),ao}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:gc.incompatible,i=n<o?0:gc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:gc.capacity;return s||i||a}getCapacityCost(e){return e===Wt.modifiedCostType()?Wt.throttlingCost():Wt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var hc,fw=p(()=>{dw();cf();Ws();hc=class{mode=Kt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new uc,
this.standardRetryStrategy=r?new Xo({maxAttempts:typeof e=="number"?e:3,...r}):new Xo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var pf,lf,Jt,Yt,gw,hw,Xt,yw=p(()=>{v();fw();cf();Ws();mc();pf="AWS_MAX_ATTEMPTS",lf="max_attempts",Jt={environmentVariableSelector:t=>{let e=t[pf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${pf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[lf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${lf} mast be a number, got "${e}"`);return r},default:ao},Yt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=ao,defaultBaseDelay:s=Wt.delay()}=e??{},i=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await W(o)()===Kt.ADAPTIVE?new hc(i,{maxAttempts:l,baseDelay:s}):new Xo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},gw="AWS_RETRY_MODE",hw="retry_mode",Xt={environmentVariableSelector:t=>t[gw],configFileSelector:t=>t[hw],default:at}});var dee,cr,ut=p(()=>{q_();lw();Ws();yw();dee=af(nf),cr=pw(nf)});async function Ew(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&vr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Kt.ADAPTIVE:vr(t,"RETRY_MODE_ADAPTIVE","F");break;case Kt.STANDARD:vr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(rL)&&vr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":vr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":vr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":vr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&vr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))vr(t,i,a)}}var rL,xw=p(()=>{ut();Wy();rL=/\d{12}\.ddb/});var df,yc,Sw,Rw,_w=p(()=>{df="user-agent",yc="x-amz-user-agent",Sw=/[^!$%&'*+\-.^_`|~\w]/g,Rw=/[^!$%&'*+\-.^_`|~\w#]/g});function ww(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Iw=p(()=>{});var vw,Ec,Aw,Qt,bw=p(()=>{F();of();xw();_w();Iw();vw=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(Ec)||
[],a=(await t.defaultUserAgentProvider()).map(Ec);await Ew(r,t,o);let c=r;a.push(`m/${ww(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Ec)||[],d=await t.userAgentAppId();d&&a.push(Ec(["app",`${d}`]));let u=z_(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[yc]=s[yc]?`${s[df]} ${f}`:f),s[df]=m):s[yc]=m,e({...o,request:n})},Ec=t=>{
let e=t[0].split("/").map(i=>i.replace(Sw,"-")).join("/"),r=t[1]?.replace(Rw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},Aw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Qt=t=>({applyToStack:e=>{e.add(vw(t),Aw)}})});var xc,Pw,Ow=p(()=>{xc=require("node:process"),Pw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(xc.versions[e])return[`md/${e}`,xc.versions[e]];return["md/\
nodejs",xc.versions.node]}});var mf,Nw=p(()=>{mf={isCrtAvailable:!1}});var Dw,kw=p(()=>{Nw();Dw=()=>mf.isCrtAvailable?["md/crt-avail"]:null});var Sc,ff,Zt,$w=p(()=>{Sc=require("node:os"),ff=require("node:process");Ow();kw();Zt=({serviceId:t,clientVersion:e})=>{let r=Pw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Sc.platform)()}`,(0,Sc.release)()],["lang/js"],r],s=Dw();s&&n.push(s),t&&n.push([`api/${t}`,e]),ff.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${ff.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var Lw,Uw,oL,er,Fw=p(()=>{rf();Lw="AWS_SDK_UA_APP_ID",Uw="sdk_ua_app_id",oL="sdk-ua-app-id",er={environmentVariableSelector:t=>t[Lw],configFileSelector:t=>t[Uw]??
t[oL],default:cc}});var Mw=p(()=>{K()});var gf,Hw=p(()=>{K();Mw();gf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!gf(r))return!1;return!0}return!(!Pr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Nn(t))}});var Bw,Gw=p(()=>{Bw=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var mt,jw=p(()=>{K();Hw();Gw();of();mt={isVirtualHostableS3Bucket:gf,parseArn:Bw,partition:j_};Pe.aws=mt});function hf(t={}){return I({...be,async default(){return zw.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...rt,...t})}var zw,Vw=p(()=>{L();zw={silence:!1}});var tr,rr,qw=p(()=>{tr=t=>({setRegion(e){t.region=e},region(){return t.region}}),rr=t=>({region:t.region()})});var M=p(()=>{Vy();qy();Ky();m_();h_();C_();rf();bw();$w();Fw();jw();Vw();qw()});var Rc,_c,Ww=p(()=>{F();Rc=t=>Ye.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,_c=t=>Ye.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Ks,Kw=p(()=>{Ks=t=>new Date(Date.now()+t)});var wc,Jw=p(()=>{wc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var yf=p(()=>{Ww();Kw();Jw()});var Js,nL,Ys,ge,Ef=p(()=>{F();br();yf();Js=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},nL=t=>t.context?.[Er]?.
eventStream?.output===!0,Ys=async t=>{let e=Js("context",t.context),r=Js("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Js("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ys(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||nL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Ks(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??Rc(o.$response);if(n){let s=Js("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=_c(o.$response),l=wc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Rc(e);if(o){let n=Js("config",r.config),
s=r._requestSentAt,i=_c(e);n.systemClockOffset=wc(o,n.systemClockOffset,s,i)}}}});var co,Yw=p(()=>{F();yf();Ef();co=class extends ge{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ys(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:Ks(n.systemClockOffset),signingRegion:d,signingService:c})}}});var xf,Xw=p(()=>{xf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var Qw,Zw=p(()=>{Qw=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var e0,t0,ft,r0=p(()=>{Xw();Zw();e0="AWS_AUTH_SCHEME_PREFERENCE",t0="auth_scheme_preference",ft={environmentVariableSelector:(t,e)=>{if(e?.signingName&&Qw(e.signingName)in
t)return["httpBearerAuth"];if(e0 in t)return xf(t[e0])},configFileSelector:t=>{if(t0 in t)return xf(t[t0])},default:[]}});var Ic,Tc,o0=p(()=>{it();L();Ic=t=>(t.sigv4aSigningRegionSet=Rr(t.sigv4aSigningRegionSet),t),Tc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Be("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Be("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function s0(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Cc,n0,sL,Sf,i0=p(()=>{$();$();Cc=class{format(e){let r=[];for(let s in e){
if(!O(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(Sf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!sL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Iu(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(n0||(n0={}));sL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Sf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&s0(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&s0(e),parseInt(Qe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var a0,c0,Rf,p0,l0,_f,wf,If,Tf,iL,d0,u0,Xs,m0,f0,g0,h0,vc,y0,E0,x0,Cf,S0,Qo=p(()=>{a0="X-Amz-Algorithm",c0="X-Amz-Credential",Rf="X-Amz-Date",p0="X-Amz-SignedHe\
aders",l0="X-Amz-Expires",_f="X-Amz-Signature",wf="X-Amz-Security-Token",If="authorization",Tf=Rf.toLowerCase(),iL="date",d0=[If,Tf,iL],u0=_f.toLowerCase(),Xs="\
x-amz-content-sha256",m0=wf.toLowerCase(),f0={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},g0=/^proxy-/,h0=/^sec-/,vc="AWS4-HMAC-SHA256",y0="AWS4-HMAC-SHA256-PAYL\
OAD",E0="UNSIGNED-PAYLOAD",x0=50,Cf="aws4_request",S0=3600*24*7});var R0,_0=p(()=>{$();F();Qo();R0=({query:t={}})=>{let e=[],r={};for(let o in t){if(!O(t,o)||o.toLowerCase()===u0)continue;let n=Sr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Sr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Sr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var w0,aL,I0=p(()=>{w0=t=>aL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),aL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Ac,T0=p(()=>{v();F();$();_0();I0();Ac=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${R0(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(Ct(o));let i=await s.digest();return`${n}
${e}
${r}
${Qe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Sr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=w0(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var bc,vf,Pc,v0,C0,A0=p(()=>{$();Qo();bc={},vf=[],Pc=(t,e,r)=>`${t}/${e}/${r}/${Cf}`,v0=async(t,e,r,o,n)=>{let s=await C0(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Qe(s)}:${e.sessionToken}`;if(i in bc)return bc[i];for(vf.push(i);vf.length>x0;)delete bc[vf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Cf])a=await C0(t,a,c);return bc[i]=a},C0=(t,e,r)=>{let o=new t(e);return o.update(Ct(r)),o.digest()}});var Af,b0=p(()=>{$();Qo();Af=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(O(f0,s)||e?.has(s)||
g0.test(s)||h0.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&qr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Oc,P0=p(()=>{$();$();Qo();Oc=async({headers:t,body:e},r)=>{for(let o in t)if(O(t,o)&&o.toLowerCase()===Xs)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Es(e)){let o=new r;return o.update(Ct(e)),Qe(await o.digest())}return E0}});var O0,N0=p(()=>{$();O0=(t,e)=>{t=t.toLowerCase();for(let r in e)if(O(e,r)&&t===r.toLowerCase())return!0;return!1}});var D0,k0=p(()=>{$();F();D0=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!O(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var bf,$0=p(()=>{$();F();Qo();bf=t=>{t=j.clone(t);for(let e in t.headers)O(t.headers,e)&&d0.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var po,L0=p(()=>{$();i0();T0();Qo();A0();b0();P0();N0();k0();$0();po=class extends Ac{headerFormatter=new Cc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>S0)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let h=Pc(g,m,d??this.service),y=D0(bf(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(y.query[wf]=u.sessionToken),y.query[a0]=vc,y.query[c0]=`${u.accessKeyId}/${h}`,y.query[Rf]=f,y.query[l0]=n.toString(10);let x=Af(y,s,a);return y.
query[p0]=this.getCanonicalHeaderList(x),y.query[_f]=await this.getSignature(f,h,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(y,x,await Oc(e,this.sha256))),
y}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=Pc(l,c,i??this.service),m=await Oc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Qe(await f.
digest()),h=[y0,d,u,n,g,m].join(`
`);return this.signString(h,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(Ct(e)),Qe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=bf(e),{longDate:d,shortDate:u}=this.formatDate(r),m=Pc(u,c,i??this.service);l.headers[Tf]=d,a.sessionToken&&(l.headers[m0]=
a.sessionToken);let f=await Oc(l,this.sha256);!O0(Xs,l.headers)&&this.applyChecksum&&(l.headers[Xs]=f);let g=Af(l,n,o),h=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[If]=`${vc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${h}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,vc),i=new this.sha256(await o);return i.update(Ct(s)),Qe(await i.digest())}getSigningKey(e,r,o,n){
return v0(this.sha256,e,o,r,n||this.service)}}});var Nc,U0=p(()=>{Nc={SignatureV4a:null}});var Dc=p(()=>{L0();U0()});function cL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=ac(e,ic,Vs):r?o=Rr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function pL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Pf,F0=p(()=>{M();
it();Dc();Pf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=cL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=pL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let y=await m(g);return f&&
(!y.$source||Object.keys(y.$source).length===0)?B(y,"CREDENTIALS_CODE","e"):y},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Rr(e.signer):e.regionInfoProvider?c=()=>Rr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},h=e.signerConstructor||po;return new h(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Rr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||po;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:Rr(
e.disableClockSkewCorrection??t)})}});var Of=p(()=>{Ef();Yw();r0();o0();F0()});var dL,uL,M0,H0=p(()=>{L();dL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",uL="disable_clock_skew_correction",M0={environmentVariableSelector:t=>At(t,dL,Ze.ENV),configFileSelector:t=>At(
t,uL,Ze.CONFIG),default:!1}});var B0,G0=p(()=>{L();H0();B0=I(M0)});var pr,Ie=p(()=>{Of();Of();G0();pr=Pf(B0)});var Qs,j0=p(()=>{Qs={CrtSignerV4:null}});function V0(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function q0(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Nf,z0,kc,W0=p(()=>{Dc();Nf="X-Amz-S3session-Token",z0=Nf.toLowerCase(),kc=class extends po{async signWithCredentials(e,r,o){
let n=V0(r);e.headers[z0]=r.sessionToken;let s=this;return q0(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=V0(r);return delete e.headers[z0],
e.headers[Nf]=r.sessionToken,e.query=e.query??{},e.query[Nf]=r.sessionToken,q0(this,n),this.presign(e,o)}}});var Zo,K0=p(()=>{Dc();j0();W0();Zo=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Qs.CrtSignerV4=="function"?"crt":typeof Nc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new kc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Qs.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Qs.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Qs.CrtSignerV4,r=Nc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Df=p(()=>{K0()});var Hn,en,Zs,J0,oI,ei,Ne,kf,Y0,X0,Q0,Z0,eI,De,$f,Mn,tI,rI,mL,q,fL,nI,sI=p(()=>{K();Hn="ref",en=-1,Zs=!0,J0="isSet",oI="PartitionResult",ei="booleanEquals",Ne="s\
tringEquals",kf="getAttr",Y0="us-east-1",X0="sigv4",Q0="sts",Z0="https://sts.{Region}.{PartitionResult#dnsSuffix}",eI={[Hn]:"Endpoint"},De={[Hn]:"Region"},$f={[Hn]:oI},
Mn={},tI=[De],rI={conditions:[[J0,[eI]],[J0,tI],["aws.partition",tI,oI],[ei,[{[Hn]:"UseFIPS"},Zs]],[ei,[{[Hn]:"UseDualStack"},Zs]],[Ne,[De,"aws-global"]],[ei,[{
[Hn]:"UseGlobalEndpoint"},Zs]],[Ne,[De,"eu-central-1"]],[ei,[{fn:kf,argv:[$f,"supportsDualStack"]},Zs]],[ei,[{fn:kf,argv:[$f,"supportsFIPS"]},Zs]],[Ne,[De,"ap-s\
outh-1"]],[Ne,[De,"eu-north-1"]],[Ne,[De,"eu-west-1"]],[Ne,[De,"eu-west-2"]],[Ne,[De,"eu-west-3"]],[Ne,[De,"sa-east-1"]],[Ne,[De,Y0]],[Ne,[De,"us-east-2"]],[Ne,
[De,"us-west-2"]],[Ne,[De,"us-west-1"]],[Ne,[De,"ca-central-1"]],[Ne,[De,"ap-southeast-1"]],[Ne,[De,"ap-northeast-1"]],[Ne,[De,"ap-southeast-2"]],[Ne,[{fn:kf,argv:[
$f,"name"]},"aws-us-gov"]]],results:[[en],["https://sts.amazonaws.com",{authSchemes:[{name:X0,signingName:Q0,signingRegion:Y0}]}],[Z0,{authSchemes:[{name:X0,signingName:Q0,
signingRegion:"{Region}"}]}],[en,"Invalid Configuration: FIPS and custom endpoint are not supported"],[en,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[eI,Mn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Mn],[en,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Mn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Mn],[en,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Mn],[en,"DualStack is enabled but this partition does not support D\
ualStack"],[Z0,Mn],[en,"Invalid Configuration: Missing Region"]]},mL=2,q=1e8,fL=new Int32Array([-1,1,-1,0,30,3,1,4,q+14,2,5,q+14,3,25,6,4,24,7,5,q+1,8,6,9,q+13,
7,q+1,10,10,q+1,11,11,q+1,12,12,q+1,13,13,q+1,14,14,q+1,15,15,q+1,16,16,q+1,17,17,q+1,18,18,q+1,19,19,q+1,20,20,q+1,21,21,q+1,22,22,q+1,23,23,q+1,q+2,8,q+11,q+12,
4,28,26,9,27,q+10,24,q+8,q+9,8,29,q+7,9,q+6,q+7,3,q+3,31,4,q+4,q+5]),nI=ot.from(fL,mL,rI.conditions,rI.results)});var gL,$c,Lf=p(()=>{M();K();sI();gL=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),$c=(t,e={})=>gL.get(t,()=>Mt(nI,
{endpointParams:t,logger:e.logger}));Pe.aws=mt});function aI(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Uf(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function cI(t){return{schemeId:"smithy.api#noAuth"}}var hL,yL,iI,EL,xL,pI,lI,Ff=p(()=>{Ie();Df();v();K();Lf();hL=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await $a(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},yL=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),iI=hL(yL);EL=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let y=i.find(x=>{let S=x.
name.toLowerCase();return S!=="sigv4a"&&S.startsWith("sigv4")});if(Zo.sigv4aDependency()==="none"&&y)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let h=g(n);h.schemeId=f,h.signingProperties={...h.signingProperties||{},...u,...d},a.push(h)}return a},xL=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(cI(t)),e.push(Uf(t))):(e.push(aI(t)),e.push(Uf(t))),e},pI=EL($c,xL,{"aws.auth#sigv4":aI,"aws.auth#sigv4a":Uf,"smithy.api#noA\
uth":cI}),lI=t=>{let e=pr(t),r=Ic(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var dI,uI,Mf=p(()=>{dI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),uI={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var lo,ti=p(()=>{lo={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
k-js-v3/tree/main/packages/nested-clients",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{
type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"packages/nested-clients"},files:["./cognito-identity.d.ts","./cognito-identity.js","./signi\
n.d.ts","./signin.js","./sso-oidc.d.ts","./sso-oidc.js","./sso.d.ts","./sso.js","./sts.d.ts","./sts.js","dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"\
./dist-es/index.js",browser:{"./dist-es/submodules/cognito-identity/runtimeConfig":"./dist-es/submodules/cognito-identity/runtimeConfig.browser","./dist-es/subm\
odules/signin/runtimeConfig":"./dist-es/submodules/signin/runtimeConfig.browser","./dist-es/submodules/sso-oidc/runtimeConfig":"./dist-es/submodules/sso-oidc/ru\
ntimeConfig.browser","./dist-es/submodules/sso/runtimeConfig":"./dist-es/submodules/sso/runtimeConfig.browser","./dist-es/submodules/sts/runtimeConfig":"./dist-\
es/submodules/sts/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"],"*":["dist-types/ts3.4/su\
bmodules/*/index.d.ts"]}},"react-native":{},exports:{"./package.json":"./package.json","./sso-oidc":{types:"./dist-types/submodules/sso-oidc/index.d.ts",module:"\
./dist-es/submodules/sso-oidc/index.js",node:"./dist-cjs/submodules/sso-oidc/index.js",import:"./dist-es/submodules/sso-oidc/index.js",require:"./dist-cjs/submo\
dules/sso-oidc/index.js"},"./sts":{types:"./dist-types/submodules/sts/index.d.ts",module:"./dist-es/submodules/sts/index.js",node:"./dist-cjs/submodules/sts/ind\
ex.js",import:"./dist-es/submodules/sts/index.js",require:"./dist-cjs/submodules/sts/index.js"},"./signin":{types:"./dist-types/submodules/signin/index.d.ts",module:"\
./dist-es/submodules/signin/index.js",node:"./dist-cjs/submodules/signin/index.js",import:"./dist-es/submodules/signin/index.js",require:"./dist-cjs/submodules/\
signin/index.js"},"./cognito-identity":{types:"./dist-types/submodules/cognito-identity/index.d.ts",module:"./dist-es/submodules/cognito-identity/index.js",node:"\
./dist-cjs/submodules/cognito-identity/index.js",import:"./dist-es/submodules/cognito-identity/index.js",require:"./dist-cjs/submodules/cognito-identity/index.j\
s"},"./sso":{types:"./dist-types/submodules/sso/index.d.ts",module:"./dist-es/submodules/sso/index.js",node:"./dist-cjs/submodules/sso/index.js",import:"./dist-\
es/submodules/sso/index.js",require:"./dist-cjs/submodules/sso/index.js"}},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","b\
uild:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_\
package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premo\
ve dist-cjs dist-es dist-types",lint:"node ../../scripts/validation/submodules-linter.js",prebuild:"yarn lint",test:"yarn g:vitest run","test:watch":"yarn g:vit\
est watch"},dependencies:{"@aws-sdk/core":"^3.981.2","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.41.1","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});function Hf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var mI=p(()=>{});var fI,gI=p(()=>{fI=["ECONNRESET","EPIPE","ETIMEDOUT"]});var hI,yI=p(()=>{$();hI=t=>{let e={};for(let r in t){if(!O(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Bn,EI=p(()=>{Bn=Ur(require("node:https"))});var ie,tn=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var xI,SI,RI=p(()=>{tn();xI=1e3,SI=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,xI),xI)}});var _I,wI=p(()=>{tn();_I=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var RL,II,TI=p(()=>{tn();RL=3e3,II=(t,{keepAlive:e,keepAliveMsecs:r},o=RL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Lc,CI=p(()=>{Lc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var _L,Bf,vI=p(()=>{tn();_L=3e3,Bf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,_L);t.once("close",()=>ie.clearTimeout(a))}});async function PI(t,e,r=AI,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(AI,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&wL(t,e.body)}function wL(t,e){if(e instanceof bI.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var bI,AI,OI=p(()=>{bI=require("node:stream");tn();AI=
6e3});var Uc,NI,ke,DI=p(()=>{$();F();mI();gI();yI();EI();RI();wI();TI();CI();vI();tn();OI();ke=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!O(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(d),ie.clearTimeout(u),ie.clearTimeout(m),ie.clearTimeout(f)},h=async V=>{await l,g(),a(V)},y=async V=>{await l,g(),c(V)};if(r?.aborted){
let V=Hf(r);y(V);return}let x=e.headers,S=x?(x.Expect??x.expect)==="100-continue":!1,A=i?n.httpsAgent:n.httpAgent;S&&!this.externalAgent&&(A=new(i?Bn.default.Agent:
Uc)({keepAlive:!1,maxSockets:1/0})),d=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(A,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let R=e.query?km(e.query):"",T;if(e.username!=null||e.password!=null){let V=e.username??"",mr=e.password??"";
T=`${V}:${mr}`}let H=e.path;R&&(H+=`?${R}`),e.fragment&&(H+=`#${e.fragment}`);let Z=e.hostname??"";Z[0]==="["&&Z.endsWith("]")?Z=e.hostname.slice(1,-1):Z=e.hostname;
let or={headers:e.headers,host:Z,method:e.method,path:H,port:e.port,agent:A,auth:T},ce=(i?Bn.default.request:NI)(or,V=>{let mr=new Ye({statusCode:V.statusCode||
-1,reason:V.statusMessage,headers:hI(V.headers),body:V});h({response:mr})});if(ce.on("error",V=>{fI.includes(V.code)?y(Object.assign(V,{name:"TimeoutError"})):y(
V)}),r){let V=()=>{ce.destroy();let mr=Hf(r);y(mr)};if(typeof r.addEventListener=="function"){let mr=r;mr.addEventListener("abort",V,{once:!0}),ce.once("close",
()=>mr.removeEventListener("abort",V))}else r.onabort=V}let ve=o??n.requestTimeout;u=SI(ce,y,n.connectionTimeout),m=_I(ce,y,ve,n.throwOnRequestTimeout,s??console);
let pt=n.socketTimeout===void 0?Lc(n):void 0;pt?Bf(ce,y,pt,!0):Bf(ce,y,n.socketTimeout);let We=or.agent;typeof We=="object"&&"keepAlive"in We&&(f=II(ce,{keepAlive:We.
keepAlive,keepAliveMsecs:We.keepAliveMsecs})),l=PI(ce,e,ve,this.externalAgent).catch(V=>(g(),c(V)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Lc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Lc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(Qu())),
{Agent:g,request:h}=f.default??f;return NI=h,Uc=g,i instanceof Uc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Uc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof Bn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Bn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var uo=p(()=>{DI();$()});var mo,Fc=p(()=>{v();X();mo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Pa(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Pa(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Mc,kI=p(()=>{F();X();Fc();Mc=class extends Wo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Yo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new mo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(jr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=jm(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},h=this.codec.createDeserializer();for(let[y,x]of d.
structIterator())n[y]!=null&&(g[y]=h.readObject(x,n[y]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var rn,$I=p(()=>{kI();rn=class extends Mc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Wr,LI=p(()=>{F();X();Fc();Wr=class extends Hs{serializer;deserializer;codec;mixin=new mo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Yo(n),this.serializer=
new Gs(this.codec.createSerializer(),n),this.deserializer=new Bs(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Gm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[h,y]of l.structIterator()){let x=y.getMergedTraits().jsonName??h;f[h]=g.readObject(
y,n[x])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function Gf(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function zf(t){return new jf(t).parse()}var jf,UI=p(
()=>{jf=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&Gf(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&Gf(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&Gf(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var FI=p(()=>{UI()});var Gn,Vf=p(()=>{Gn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Hc,MI=p(()=>{Hc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function HI(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var BI=p(()=>{});var Bc,GI=p(()=>{FI();v();F();X();$();Vf();MI();BI();Bc=class extends Gn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Ko(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&HI(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Hc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=zf(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),Oa(s)}return{}}}});var Gc,jI=p(()=>{F();X();$();$();Vf();Gc=class extends Gn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??ue)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(kn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof _e?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Jo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Ho(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(s,c,u),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=s.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),h=this.getKey("value",g.xmlName,
g.ec2QueryName),y=a?`${o}${c}.${h}`:`${o}entry.${c}.${h}`;this.write(s,l,f),this.write(i,d,y),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Vo(e)}=`}writeValue(e){this.buffer+=Vo(e)}}});var ri,zI=p(()=>{F();X();Fc();GI();jI();ri=class extends Wo{options;serializer;deserializer;mixin=new mo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Gc(r),this.deserializer=new Bc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(jr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let d=await je(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await je(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[h,y]of u.structIterator()){let x=y.getMergedTraits().xmlName??h,S=a[x]??n[x];g[h]=this.deserializer.readSchema(y,S)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var on=p(()=>{$I();LI();zI()});var $e,VI,IL,jc,qI,TL,WI=p(()=>{$();$e=64,VI=32,IL=2**53-1,jc=class t{digestLength=VI;state=Int32Array.from(qI);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array($e*2);for(let i=0;i<$e;++i)s[i]=54^r[i],s[i+$e]=92^r[i];
o.update(s.subarray(0,$e)),n.update(s.subarray($e))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=Ct(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>IL)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===$e&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(qI),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%$e>=$e-8){for(let a=o;a<
$e;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<$e-8;++a)s.setUint8(a,0);s.setUint32($e-8,Math.floor(n/4294967296),!1),s.setUint32($e-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(VI);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=Ct(e);if(r.byteLength>$e){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array($e);return s.set(n),s}if(r.byteLength<$e){let o=new Uint8Array($e);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<$e;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let h=o[m-2],y=(h>>>17|h<<
15)^(h>>>19|h<<13)^h>>>10;h=o[m-15];let x=(h>>>7|h<<25)^(h>>>18|h<<14)^h>>>3;o[m]=(y+o[m-7]|0)+(x+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(TL[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},qI=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),TL=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function vL(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,oi.createHmac)("sha256",AL(this.secret)):(0,oi.createHash)("sha256")}}}function AL(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var oi,CL,gt,KI=p(()=>{oi=require("node:crypto");WI();CL=(()=>{try{return(0,oi.createHash)("sha256"),!0}catch{return!1}})(),
gt=CL?vL():jc});var nn=p(()=>{KI()});var ct,zc=p(()=>{v();ct=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ni,si,ii,ai,ci,pi,li,di,qf=p(()=>{zc();ni=class t extends ct{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},si=class t extends ct{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ii=class t extends ct{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ai=class t extends ct{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ci=class t extends ct{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},pi=class t extends ct{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},li=class t extends ct{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},di=class t extends ct{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var bL,PL,OL,NL,DL,kL,Wf,$L,LL,UL,FL,Kf,ML,JI,HL,BL,GL,jL,zL,VL,qL,WL,KL,JL,YL,XL,YI,XI,QI,ZI,QL,ZL,e1,t1,r1,o1,eT,n1,s1,tT,i1,rT,a1,c1,p1,Jf,l1,d1,oT,nT,u1,m1,
f1,sT,iT,g1,h1,y1,E1,x1,S1,fo,go,R1,ho,yo,Eo,_1,w1,I1,T1,aT,C1,v1,A1,z,cT,pT,Kr,lT,dT,uT,mT,fT,gT,hT,yT,Yf,b1,P1,O1,N1,D1,k1,Xf,ET,xT,ST,RT,Qf,_T,wT,IT,TT,CT,vT,
AT,$1,L1,U1,Zf,eg,ui=p(()=>{X();qf();zc();bL="Arn",PL="AccessKeyId",OL="AssumeRole",NL="AssumedRoleId",DL="AssumeRoleRequest",kL="AssumeRoleResponse",Wf="Assume\
dRoleUser",$L="AssumeRoleWithWebIdentity",LL="AssumeRoleWithWebIdentityRequest",UL="AssumeRoleWithWebIdentityResponse",FL="Audience",Kf="Credentials",ML="Contex\
tAssertion",JI="DurationSeconds",HL="Expiration",BL="ExternalId",GL="ExpiredTokenException",jL="FederatedProviderArn",zL="Issuer",VL="InvalidContextAssertionExc\
eption",qL="IDPCommunicationErrorException",WL="IDPRejectedClaimException",KL="InvalidIdentityTokenException",JL="IdentityProvider",YL="Key",XL="MalformedPolicy\
DocumentException",YI="MinimumSessionTokenSize",XI="OriginIdentity",QI="Policy",ZI="PolicyArns",QL="ProviderArn",ZL="ProvidedContexts",e1="ProvidedContextsListT\
ype",t1="ProvidedContext",r1="PolicyDescriptorType",o1="ProviderId",eT="PackedPolicySize",n1="PackedPolicyTooLargeException",s1="Provider",tT="RoleArn",i1="Regi\
onDisabledException",rT="RoleSessionName",a1="Subject",c1="SecretAccessKey",p1="SubjectFromWebIdentityToken",Jf="SourceIdentity",l1="SerialNumber",d1="SessionTo\
ken",oT="SessionTokenSize",nT="SessionTokenUtilization",u1="SubjectType",m1="Tags",f1="TokenCode",sT="TransactionContext",iT="TrustedIdentityPropagationContext",
g1="TransitiveTagKeys",h1="Tag",y1="Value",E1="WebIdentityToken",x1="arn",S1="accessKeySecretType",fo="awsQueryError",go="client",R1="clientTokenType",ho="error",
yo="httpError",Eo="message",_1="originIdentityIssuerType",w1="originIdentitySubjectType",I1="originIdentitySubjectTypeType",T1="policyDescriptorListType",aT="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",C1="transactionContextIdentityProviderMapType",v1="transactionContextValueType",A1="tagListType",z="com.amazonaws.sts",
cT=new Q(aT),pT=[-3,aT,"STSServiceException",0,[],[]];cT.registerError(pT,ct);Kr=new Q(z),lT=[-3,z,GL,{[fo]:["ExpiredTokenException",400],[ho]:go,[yo]:400},[Eo],
[0]];Kr.registerError(lT,ni);dT=[-3,z,qL,{[fo]:["IDPCommunicationError",400],[ho]:go,[yo]:400},[Eo],[0]];Kr.registerError(dT,di);uT=[-3,z,WL,{[fo]:["IDPRejected\
Claim",403],[ho]:go,[yo]:403},[Eo],[0]];Kr.registerError(uT,pi);mT=[-3,z,VL,{[fo]:["InvalidContextAssertion",400],[ho]:go,[yo]:400},[Eo],[0]];Kr.registerError(mT,
si);fT=[-3,z,KL,{[fo]:["InvalidIdentityToken",400],[ho]:go,[yo]:400},[Eo],[0]];Kr.registerError(fT,li);gT=[-3,z,XL,{[fo]:["MalformedPolicyDocument",400],[ho]:go,
[yo]:400},[Eo],[0]];Kr.registerError(gT,ii);hT=[-3,z,n1,{[fo]:["PackedPolicyTooLarge",400],[ho]:go,[yo]:400},[Eo],[0]];Kr.registerError(hT,ai);yT=[-3,z,i1,{[fo]:[
"RegionDisabledException",403],[ho]:go,[yo]:403},[Eo],[0]];Kr.registerError(yT,ci);Yf=[cT,Kr],b1=[0,z,S1,8,0],P1=[0,z,R1,8,0],O1=[0,z,_1,8,0],N1=[0,z,w1,8,0],D1=
[0,z,I1,8,0],k1=[0,z,v1,8,0],Xf=[3,z,Wf,0,[NL,bL],[0,0],2],ET=[3,z,DL,0,[tT,rT,ZI,QI,JI,m1,g1,BL,l1,f1,Jf,ZL,YI],[0,0,()=>AT,0,1,()=>L1,64,0,0,0,0,()=>$1,1],2],
xT=[3,z,kL,0,[Kf,Wf,eT,Jf,nT,oT],[[()=>Qf,0],()=>Xf,1,0,1,1]],ST=[3,z,LL,0,[tT,rT,E1,o1,ZI,QI,JI,YI],[0,0,[()=>P1,0],0,()=>AT,0,1,1],3],RT=[3,z,UL,0,[Kf,p1,Wf,eT,
s1,FL,Jf,nT,oT,iT],[[()=>Qf,0],0,()=>Xf,1,0,0,0,1,1,[()=>vT,0]]],Qf=[3,z,Kf,0,[PL,c1,d1,HL],[0,[()=>b1,0],0,4],4],_T=[3,z,XI,0,[a1,u1,zL,jL],[[()=>N1,0],[()=>D1,
0],[()=>O1,0],0]],wT=[3,z,r1,0,[x1],[0]],IT=[3,z,t1,0,[QL,ML],[0,0]],TT=[3,z,h1,0,[YL,y1],[0,0],2],CT=[3,z,sT,0,[JL],[[()=>U1,0]]],vT=[3,z,iT,8,[XI,sT],[[()=>_T,
0],[()=>CT,0]]],AT=[1,z,T1,0,()=>wT],$1=[1,z,e1,0,()=>IT],L1=[1,z,A1,0,()=>TT],U1=[2,z,C1,0,[0,0],[()=>k1,0]],Zf=[9,z,OL,0,()=>ET,()=>xT],eg=[9,z,$L,0,()=>ST,()=>RT]});var bT,PT=p(()=>{Ie();on();Df();it();nn();v();F();$();Ff();Lf();ui();bT=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??$c,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
pI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new we,protocol:t?.protocol??ri,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Yf,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??gt,signerConstructor:t?.signerConstructor??Zo,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??ee})});var OT,NT=p(()=>{ti();M();Ie();it();v();L();ut();$();uo();PT();OT=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=bT(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],maxAttempts:t?.maxAttempts??I(Jt,t),region:t?.region??I(be,{...rt,...n}),requestHandler:ke.
create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Xt,default:async()=>(await r()).retryMode||at},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??I(
Tc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(bt,n),useFipsEndpoint:t?.useFipsEndpoint??I(Pt,n),userAgentAppId:t?.
userAgentAppId??I(er,n)}}});var DT,kT,$T=p(()=>{DT=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},kT=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var LT,UT=p(()=>{M();v();F();$T();LT=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),DT(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
kT(r))}});var xo,Vc=p(()=>{M();it();v();L();K();F();ut();X();Ff();Mf();NT();UT();xo=class extends Te{config;constructor(...[e]){let r=OT(e||{});super(r),this.initConfig=r;
let o=dI(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ir(a),l=lI(c),d=LT(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:iI,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var qc,Wc,Kc,tg=p(()=>{v();K();Mf();qc=Lt(uI,"AWSSecurityTokenServiceV20110615","STSClient",ar),Wc={},Kc=(t,e,r,o)=>[]});var sn,Jc=p(()=>{tg();ui();sn=class extends qc(Wc,Kc,"AssumeRole",Zf){}});var an,Yc=p(()=>{tg();ui();an=class extends qc(Wc,Kc,"AssumeRoleWithWebIdentity",eg){}});var F1,Xc,FT=p(()=>{v();Jc();Yc();Vc();F1={AssumeRoleCommand:sn,AssumeRoleWithWebIdentityCommand:an},Xc=class extends xo{};zr(F1,Xc)});var MT=p(()=>{Jc();Yc()});var HT=p(()=>{});var BT,GT,jT,zT,VT,qT=p(()=>{M();Jc();Yc();BT=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},GT=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await hf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},jT=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:h=t?.parentClientConfig?.userAgentAppId}=t,y=await GT(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),x=!VT(f);r=new e({...t,userAgentAppId:h,profile:u,credentialDefaultProvider:()=>async()=>o,region:y,requestHandler:x?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new sn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=BT(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},zT=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await GT(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),h=!VT(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:h?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new an(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=BT(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},VT=t=>t?.metadata?.handlerProtocol==="h2"});var WT,KT,JT,M1,YT=p(()=>{qT();Vc();WT=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,KT=(t={},e)=>jT(t,WT(xo,e)),
JT=(t={},e)=>zT(t,WT(xo,e)),M1=t=>e=>t({roleAssumer:KT(e),roleAssumerWithWebIdentity:JT(e),...e})});var rg={};nr(rg,{$Command:()=>sr,AssumeRole$:()=>Zf,AssumeRoleCommand:()=>sn,AssumeRoleRequest$:()=>ET,AssumeRoleResponse$:()=>xT,AssumeRoleWithWebIdentity$:()=>eg,
AssumeRoleWithWebIdentityCommand:()=>an,AssumeRoleWithWebIdentityRequest$:()=>ST,AssumeRoleWithWebIdentityResponse$:()=>RT,AssumedRoleUser$:()=>Xf,Credentials$:()=>Qf,
ExpiredTokenException:()=>ni,ExpiredTokenException$:()=>lT,IDPCommunicationErrorException:()=>di,IDPCommunicationErrorException$:()=>dT,IDPRejectedClaimException:()=>pi,
IDPRejectedClaimException$:()=>uT,InvalidContextAssertionException:()=>si,InvalidContextAssertionException$:()=>mT,InvalidIdentityTokenException:()=>li,InvalidIdentityTokenException$:()=>fT,
MalformedPolicyDocumentException:()=>ii,MalformedPolicyDocumentException$:()=>gT,OriginIdentity$:()=>_T,PackedPolicyTooLargeException:()=>ai,PackedPolicyTooLargeException$:()=>hT,
PolicyDescriptorType$:()=>wT,ProvidedContext$:()=>IT,RegionDisabledException:()=>ci,RegionDisabledException$:()=>yT,STS:()=>Xc,STSClient:()=>xo,STSServiceException:()=>ct,
STSServiceException$:()=>pT,Tag$:()=>TT,TransactionContext$:()=>CT,TrustedIdentityPropagationContext$:()=>vT,__Client:()=>Te,decorateDefaultCredentialProvider:()=>M1,
errorTypeRegistries:()=>Yf,getDefaultRoleAssumer:()=>KT,getDefaultRoleAssumerWithWebIdentity:()=>JT});var og=p(()=>{Vc();FT();MT();v();ui();qf();HT();YT();zc()});var jn,ng=p(()=>{jn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(og(),rg));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var QT,XT,H1,B1,ZT,eC=p(()=>{M();L();QT=require("node:fs");ng();XT="AWS_WEB_IDENTITY_TOKEN_FILE",H1="AWS_ROLE_ARN",B1="AWS_ROLE_SESSION_NAME",ZT=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[XT],o=t?.roleArn??process.env[H1],n=t?.roleSessionName??
process.env[B1];if(!r||!o)throw new _("Web identity configuration not specified",{logger:t.logger});let s=await jn({...t,webIdentityToken:Os?.getTokenRecord?.()[r]??
(0,QT.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[XT]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var sg={};nr(sg,{fromTokenFile:()=>ZT,fromWebToken:()=>jn});var Qc=p(()=>{eC();ng()});var mi,fi,pg,lg,dg,ug,tp,xC=p(()=>{M();L();mi="AWS_ACCESS_KEY_ID",fi="AWS_SECRET_ACCESS_KEY",pg="AWS_SESSION_TOKEN",lg="AWS_CREDENTIAL_EXPIRATION",dg="AWS_CREDE\
NTIAL_SCOPE",ug="AWS_ACCOUNT_ID",tp=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[mi],r=process.env[fi],o=process.
env[pg],n=process.env[lg],s=process.env[dg],i=process.env[ug];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new _("Unable to find environment variable credentials.",{logger:t?.
logger})}});var SC={};nr(SC,{ENV_ACCOUNT_ID:()=>ug,ENV_CREDENTIAL_SCOPE:()=>dg,ENV_EXPIRATION:()=>lg,ENV_KEY:()=>mi,ENV_SECRET:()=>fi,ENV_SESSION:()=>pg,fromEnv:()=>tp});var mg=p(
()=>{xC()});var rp,op,fg=p(()=>{rp=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",op=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var RC,_C,Vn,np=p(()=>{RC=1e3,_C=0,Vn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var gg,wC=p(()=>{gg=Ur(require("node:http"))});function Ro(t){return new Promise((e,r)=>{let o=gg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Be("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Be("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Be("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var sp=p(()=>{L();wC()});var gi,hg=p(()=>{gi=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var qn,hi,ip,IC,sU,iU,aU,cU,pU,TC=p(()=>{L();fg();np();sp();hg();qn="AWS_CONTAINER_CREDENTIALS_FULL_URI",hi="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",ip="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",IC=(t={})=>{let{timeout:e,maxRetries:r}=Vn(t);return()=>gi(async()=>{let o=await pU({logger:t.logger}),n=JSON.parse(await sU(e,o));if(!rp(
n))throw new _("Invalid response received from instance metadata service.",{logger:t.logger});return op(n)},r)},sU=async(t,e)=>(process.env[ip]&&(e.headers={...e.
headers,Authorization:process.env[ip]}),(await Ro({...e,timeout:t})).toString()),iU="169.254.170.2",aU=new Set(["localhost","127.0.0.1"]),cU=new Set(["http:","h\
ttps:"]),pU=async({logger:t})=>{if(process.env[hi])return{hostname:iU,path:process.env[hi]};if(process.env[qn]){let e;try{e=new URL(process.env[qn])}catch{throw new _(
`${process.env[qn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!aU.has(e.hostname))throw new _(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!cU.has(e.protocol))throw new _(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new _(`The container metadata credential provider cannot be used unless the ${hi} or ${qn} environment variable is set`,{tryNextLink:!1,logger:t})}});var ap,CC=p(()=>{L();ap=class t extends _{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var pn,yg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(pn||(pn={}))});var lU,dU,vC,AC=p(()=>{lU="AWS_EC2_METADATA_SERVICE_ENDPOINT",dU="ec2_metadata_service_endpoint",vC={environmentVariableSelector:t=>t[lU],configFileSelector:t=>t[dU],
default:void 0}});var _o,Eg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(_o||(_o={}))});var uU,mU,bC,PC=p(()=>{Eg();uU="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",mU="ec2_metadata_service_endpoint_mode",bC={environmentVariableSelector:t=>t[uU],configFileSelector:t=>t[mU],
default:_o.IPv4}});var cp,fU,gU,xg=p(()=>{L();F();yg();AC();Eg();PC();cp=async()=>fe(await fU()||await gU()),fU=async()=>I(vC)(),gU=async()=>{let t=await I(bC)();switch(t){case _o.
IPv4:return pn.IPv4;case _o.IPv6:return pn.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(_o)}`)}}});var hU,Sg,OC=p(()=>{hU="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Sg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+hU);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var NC,DC=p(()=>{OC();NC=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Sg(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Sg(o,r);else throw s}return o=n,n}}});var LC,yU,Rg,kC,$C,UC,EU,xU,SU,RU,FC=p(()=>{L();CC();fg();np();sp();hg();xg();DC();LC="/latest/meta-data/iam/security-credentials/",yU="/latest/api/token",Rg="A\
WS_EC2_METADATA_V1_DISABLED",kC="ec2_metadata_v1_disabled",$C="x-aws-ec2-metadata-token",UC=(t={})=>NC(EU(t),{logger:t.logger}),EU=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Vn(t),i=async(a,c)=>{if(e||c.headers?.[$C]==null){let u=!1,m=!1,f=await I({environmentVariableSelector:g=>{let h=g[Rg];if(m=!!h&&h!=="f\
alse",h===void 0)throw new _(`${Rg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let h=g[kC];return u=!!h&&h!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${kC})`),m&&g.push(`process environment variable (${Rg})`),new ap(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await gi(async()=>{let u;try{u=await SU(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return gi(async()=>{let u;try{u=await RU(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await cp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await xU({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[$C]:c},timeout:n})}}},
xU=async t=>Ro({...t,path:yU,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),SU=async t=>(await Ro({...t,path:LC})).toString(),RU=async(t,e,r)=>{
let o=JSON.parse((await Ro({...e,path:LC+t})).toString());if(!rp(o))throw new _("Invalid response received from instance metadata service.",{logger:r.logger});return op(
o)}});var pp={};nr(pp,{DEFAULT_MAX_RETRIES:()=>_C,DEFAULT_TIMEOUT:()=>RC,ENV_CMDS_AUTH_TOKEN:()=>ip,ENV_CMDS_FULL_URI:()=>qn,ENV_CMDS_RELATIVE_URI:()=>hi,Endpoint:()=>pn,
fromContainerMetadata:()=>IC,fromInstanceMetadata:()=>UC,getInstanceMetadataEndpoint:()=>cp,httpRequest:()=>Ro,providerConfigFromInit:()=>Vn});var lp=p(()=>{TC();
FC();np();sp();xg();yg()});var _U,wU,IU,MC,HC=p(()=>{L();_U="169.254.170.2",wU="169.254.170.23",IU="[fd00:ec2::23]",MC=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===_U||t.hostname===wU||
t.hostname===IU)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new _(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function BC(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function GC(t,e){let o=await Fs(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new _("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:uu(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new _(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new _(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var jC=p(()=>{L();F();$();$()});var zC,VC=p(()=>{zC=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var WC,TU,CU,vU,AU,bU,KC,qC,JC=p(()=>{M();L();uo();WC=Ur(require("node:fs/promises"));HC();jC();VC();TU="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",CU="http://169.\
254.170.2",vU="AWS_CONTAINER_CREDENTIALS_FULL_URI",AU="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",bU="AWS_CONTAINER_AUTHORIZATION_TOKEN",KC=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[TU],o=t.awsContainerCredentialsFullUri??process.env[vU],
n=t.awsContainerAuthorizationToken??process.env[bU],s=t.awsContainerAuthorizationTokenFile??process.env[AU],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${CU}${r}`;else if(o)e=o;else
throw new _(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);MC(a,t.logger);let c=ke.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=zC(async()=>{let u=BC(a);s?u.headers.Authorization=qC((await WC.default.readFile(s)).toString()):n&&(u.headers.Authorization=qC(
n));try{let m=await c.handle(u,{requestTimeout:l});return GC(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new _(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},qC=t=>{if(t.includes(`\r
`))throw new _("Authorization token contains invalid \\r\\n sequence.");return t}});var _g={};nr(_g,{fromHttp:()=>KC});var wg=p(()=>{JC()});var dp,Ig=p(()=>{dp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Wn,up=p(()=>{Wn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function OU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function NU(t){return{schemeId:"smithy.api#noAuth"}}var ZC,ev,tv,Tg=p(()=>{Ie();v();ZC=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});ev=t=>{let e=[];return t.operation==="CreateToken"?e.push(NU(t)):e.push(OU(t)),
e},tv=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var rv,ov,Cg=p(()=>{rv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
ov={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var yi,ln,mp,nv,cv,fp,vg,sv,Ag,Kn,iv,av,DU,ht,kU,pv,lv=p(()=>{K();yi="ref",ln=-1,mp=!0,nv="isSet",cv="PartitionResult",fp="booleanEquals",vg="getAttr",sv={[yi]:"\
Endpoint"},Ag={[yi]:cv},Kn={},iv=[{[yi]:"Region"}],av={conditions:[[nv,[sv]],[nv,iv],["aws.partition",iv,cv],[fp,[{[yi]:"UseFIPS"},mp]],[fp,[{[yi]:"UseDualStack"},
mp]],[fp,[{fn:vg,argv:[Ag,"supportsDualStack"]},mp]],[fp,[{fn:vg,argv:[Ag,"supportsFIPS"]},mp]],["stringEquals",[{fn:vg,argv:[Ag,"name"]},"aws-us-gov"]]],results:[
[ln],[ln,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ln,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[sv,
Kn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[ln,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Kn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Kn],[ln,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[ln,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Kn],[ln,"Invalid Configuration: Missing Region"]]},DU=2,ht=1e8,kU=new Int32Array([-1,1,-1,0,13,3,1,4,ht+12,2,5,ht+12,3,
8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),pv=ot.from(kU,DU,av.conditions,av.results)});var $U,dv,uv=p(()=>{M();K();lv();$U=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),dv=(t,e={})=>$U.get(t,()=>Mt(pv,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Ce,gp=p(()=>{v();Ce=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Ei,xi,Si,Ri,_i,wi,Ii,Ti,Ci,vi,Ai,bg=p(()=>{gp();Ei=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},xi=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Si=class t extends Ce{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ri=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},_i=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},wi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ii=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
Ti=class t extends Ce{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Ci=class t extends Ce{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},vi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ai=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var LU,UU,FU,MU,HU,BU,GU,jU,zU,VU,qU,WU,KU,JU,YU,XU,QU,ZU,eF,tF,$r,rF,oF,nF,sF,iF,de,aF,_r,cF,pF,wr,lF,mv,fv,dF,gv,uF,mF,fF,he,hv,yv,dr,Ev,xv,Sv,Rv,_v,wv,Iv,Tv,
Cv,vv,Av,Pg,gF,hF,yF,EF,bv,Pv,Ov,Og,hp=p(()=>{X();bg();gp();LU="AccessDeniedException",UU="AuthorizationPendingException",FU="AccessToken",MU="ClientSecret",HU=
"CreateToken",BU="CreateTokenRequest",GU="CreateTokenResponse",jU="CodeVerifier",zU="ExpiredTokenException",VU="InvalidClientException",qU="InvalidGrantExceptio\
n",WU="InvalidRequestException",KU="InternalServerException",JU="InvalidScopeException",YU="IdToken",XU="RefreshToken",QU="SlowDownException",ZU="UnauthorizedCl\
ientException",eF="UnsupportedGrantTypeException",tF="accessToken",$r="client",rF="clientId",oF="clientSecret",nF="codeVerifier",sF="code",iF="deviceCode",de="e\
rror",aF="expiresIn",_r="error_description",cF="grantType",pF="http",wr="httpError",lF="idToken",mv="reason",fv="refreshToken",dF="redirectUri",gv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",uF="scope",mF="server",fF="tokenType",he="com.amazonaws.ssooidc",hv=new Q(gv),yv=[-3,gv,"SSOOIDCServiceException",0,[],[]];hv.
registerError(yv,Ce);dr=new Q(he),Ev=[-3,he,LU,{[de]:$r,[wr]:400},[de,mv,_r],[0,0,0]];dr.registerError(Ev,Ei);xv=[-3,he,UU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.
registerError(xv,xi);Sv=[-3,he,zU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(Sv,Si);Rv=[-3,he,KU,{[de]:mF,[wr]:500},[de,_r],[0,0]];dr.registerError(Rv,Ri);
_v=[-3,he,VU,{[de]:$r,[wr]:401},[de,_r],[0,0]];dr.registerError(_v,_i);wv=[-3,he,qU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(wv,wi);Iv=[-3,he,WU,{[de]:$r,
[wr]:400},[de,mv,_r],[0,0,0]];dr.registerError(Iv,Ii);Tv=[-3,he,JU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(Tv,Ti);Cv=[-3,he,QU,{[de]:$r,[wr]:400},[de,
_r],[0,0]];dr.registerError(Cv,Ci);vv=[-3,he,ZU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(vv,vi);Av=[-3,he,eF,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(
Av,Ai);Pg=[hv,dr],gF=[0,he,FU,8,0],hF=[0,he,MU,8,0],yF=[0,he,jU,8,0],EF=[0,he,YU,8,0],bv=[0,he,XU,8,0],Pv=[3,he,BU,0,[rF,oF,cF,iF,sF,fv,uF,dF,nF],[0,[()=>hF,0],
0,0,0,[()=>bv,0],64,0,[()=>yF,0]],3],Ov=[3,he,GU,0,[tF,fF,aF,fv,lF],[[()=>gF,0],0,1,[()=>bv,0],[()=>EF,0]]],Og=[9,he,HU,{[pF]:["POST","/token",200]},()=>Pv,()=>Ov]});var Nv,Dv=p(()=>{Ie();on();it();nn();v();F();$();Tg();uv();hp();Nv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??dv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
ev,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new we,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Pg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var kv,$v=p(()=>{ti();M();Ie();v();L();ut();$();uo();Dv();kv=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=Nv(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Jt,t),region:t?.region??I(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(bt,n),useFipsEndpoint:t?.useFipsEndpoint??I(Pt,n),userAgentAppId:t?.
userAgentAppId??I(er,n)}}});var Lv,Uv,Fv=p(()=>{Lv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Uv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Mv,Hv=p(()=>{M();v();F();Fv();Mv=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),Lv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
Uv(r))}});var bi,Ng=p(()=>{M();it();v();L();K();F();ut();X();Tg();Cg();$v();Hv();bi=class extends Te{config;constructor(...[e]){let r=kv(e||{});super(r),this.initConfig=r;
let o=rv(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ir(a),l=tv(c),d=Mv(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:ZC,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Bv,Gv,jv,zv=p(()=>{v();K();Cg();Bv=Lt(ov,"AWSSSOOIDCService","SSOOIDCClient",ar),Gv={},jv=(t,e,r,o)=>[]});var Pi,Dg=p(()=>{zv();hp();Pi=class extends Bv(Gv,jv,"CreateToken",Og){}});var xF,yp,Vv=p(()=>{v();Dg();Ng();xF={CreateTokenCommand:Pi},yp=class extends bi{};zr(xF,yp)});var qv=p(()=>{Dg()});var SF,RF,Wv=p(()=>{SF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},RF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var Kv=p(()=>{});var kg={};nr(kg,{$Command:()=>sr,AccessDeniedException:()=>Ei,AccessDeniedException$:()=>Ev,AccessDeniedExceptionReason:()=>SF,AuthorizationPendingException:()=>xi,
AuthorizationPendingException$:()=>xv,CreateToken$:()=>Og,CreateTokenCommand:()=>Pi,CreateTokenRequest$:()=>Pv,CreateTokenResponse$:()=>Ov,ExpiredTokenException:()=>Si,
ExpiredTokenException$:()=>Sv,InternalServerException:()=>Ri,InternalServerException$:()=>Rv,InvalidClientException:()=>_i,InvalidClientException$:()=>_v,InvalidGrantException:()=>wi,
InvalidGrantException$:()=>wv,InvalidRequestException:()=>Ii,InvalidRequestException$:()=>Iv,InvalidRequestExceptionReason:()=>RF,InvalidScopeException:()=>Ti,InvalidScopeException$:()=>Tv,
SSOOIDC:()=>yp,SSOOIDCClient:()=>bi,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>yv,SlowDownException:()=>Ci,SlowDownException$:()=>Cv,UnauthorizedClientException:()=>vi,
UnauthorizedClientException$:()=>vv,UnsupportedGrantTypeException:()=>Ai,UnsupportedGrantTypeException$:()=>Av,__Client:()=>Te,errorTypeRegistries:()=>Pg});var $g=p(
()=>{Ng();Vv();qv();v();hp();Wv();bg();Kv();gp()});var Jv,Yv=p(()=>{Jv=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>($g(),kg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var Xv,Qv=p(()=>{Yv();Xv=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>($g(),kg));return(await Jv(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Lg,Zv=p(()=>{L();up();Lg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new vt(`Token is expired. ${Wn}`,!1)}});var wo,eA=p(()=>{L();up();wo=(t,e,r=!1)=>{if(typeof e>"u")throw new vt(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Wn}`,!1)}});var tA,_F,rA,oA=p(()=>{L();tA=require("node:fs"),{writeFile:_F}=tA.promises,rA=(t,e)=>{let r=Is(t),o=JSON.stringify(e,null,2);return _F(r,o)}});var nA,Ep,Ug,sA=p(()=>{L();up();Qv();Zv();eA();oA();nA=new Map,Ep=new Map,Ug=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await xr(t),o=et({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new vt(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new vt(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=Ep.get(s);if(i)return await i;let c=(await Ps(
t))[s];if(!c)throw new vt(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let S of["sso_start_url","sso_region"])if(!c[S])throw new vt(
`Sso session '${s}' is missing required property '${S}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await Cs(s)}catch{throw new vt(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Wn}`,!1)}wo("accessToken",u.accessToken),wo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let h=Ep.get(s);if(h)return await h;let y=nA.get(s)??0;if(Date.now()-y<30*1e3)
return Lg(g),g;wo("clientId",u.clientId,!0),wo("clientSecret",u.clientSecret,!0),wo("refreshToken",u.refreshToken,!0);let x=(async()=>{try{nA.set(s,Date.now());
let S=await Xv(u,d,t,e);wo("accessToken",S.accessToken),wo("expiresIn",S.expiresIn);let A=new Date(Date.now()+S.expiresIn*1e3);try{await rA(s,{...u,accessToken:S.
accessToken,expiresAt:A.toISOString(),refreshToken:S.refreshToken})}catch{}return{token:S.accessToken,expiration:A}}catch{return Lg(g),g}})();Ep.set(s,x);try{return await x}finally{
Ep.delete(s)}}});var iA=p(()=>{sA()});function IF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function TF(t){return{schemeId:"smithy.api#noAuth"}}var aA,cA,pA,Fg=p(()=>{Ie();v();aA=async(t,e,r)=>({operation:te(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});cA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
TF(t)):e.push(IF(t)),e},pA=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var lA,dA,Mg=p(()=>{lA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),dA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Oi,dn,xp,uA,hA,Sp,Hg,mA,Bg,Jn,fA,gA,CF,yt,vF,yA,EA=p(()=>{K();Oi="ref",dn=-1,xp=!0,uA="isSet",hA="PartitionResult",Sp="booleanEquals",Hg="getAttr",mA={[Oi]:"\
Endpoint"},Bg={[Oi]:hA},Jn={},fA=[{[Oi]:"Region"}],gA={conditions:[[uA,[mA]],[uA,fA],["aws.partition",fA,hA],[Sp,[{[Oi]:"UseFIPS"},xp]],[Sp,[{[Oi]:"UseDualStack"},
xp]],[Sp,[{fn:Hg,argv:[Bg,"supportsDualStack"]},xp]],[Sp,[{fn:Hg,argv:[Bg,"supportsFIPS"]},xp]],["stringEquals",[{fn:Hg,argv:[Bg,"name"]},"aws-us-gov"]]],results:[
[dn],[dn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[dn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[mA,
Jn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[dn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Jn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Jn],[dn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[dn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Jn],[dn,"Invalid Configuration: Missing Region"]]},CF=2,yt=1e8,vF=new Int32Array([-1,1,
-1,0,13,3,1,4,yt+12,2,5,yt+12,3,8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),yA=ot.from(vF,CF,gA.conditions,
gA.results)});var AF,xA,SA=p(()=>{M();K();EA();AF=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),xA=(t,e={})=>AF.get(t,()=>Mt(yA,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Jr,Gg=p(()=>{v();Jr=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Rp,_p,wp,Ip,jg=p(()=>{Gg();Rp=class t extends Jr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_p=class t extends Jr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},wp=class t extends Jr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ip=class t extends Jr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var bF,PF,OF,NF,DF,kF,$F,LF,UF,FF,MF,HF,BF,GF,jF,Tp,Cp,zF,VF,vp,qF,RA,Ap,WF,KF,JF,_A,YF,XF,QF,ur,wA,ZF,Ni,eM,tM,rM,oM,IA,nM,sM,iM,aM,cM,pM,TA,bp=p(()=>{X();jg();
Gg();bF="AccessTokenType",PF="GetRoleCredentials",OF="GetRoleCredentialsRequest",NF="GetRoleCredentialsResponse",DF="InvalidRequestException",kF="RoleCredential\
s",$F="ResourceNotFoundException",LF="SecretAccessKeyType",UF="SessionTokenType",FF="TooManyRequestsException",MF="UnauthorizedException",HF="accountId",BF="acc\
essKeyId",GF="accessToken",jF="account_id",Tp="client",Cp="error",zF="expiration",VF="http",vp="httpError",qF="httpHeader",RA="httpQuery",Ap="message",WF="roleC\
redentials",KF="roleName",JF="role_name",_A="smithy.ts.sdk.synthetic.com.amazonaws.sso",YF="secretAccessKey",XF="sessionToken",QF="x-amz-sso_bearer_token",ur="c\
om.amazonaws.sso",wA=new Q(_A),ZF=[-3,_A,"SSOServiceException",0,[],[]];wA.registerError(ZF,Jr);Ni=new Q(ur),eM=[-3,ur,DF,{[Cp]:Tp,[vp]:400},[Ap],[0]];Ni.registerError(
eM,Rp);tM=[-3,ur,$F,{[Cp]:Tp,[vp]:404},[Ap],[0]];Ni.registerError(tM,_p);rM=[-3,ur,FF,{[Cp]:Tp,[vp]:429},[Ap],[0]];Ni.registerError(rM,wp);oM=[-3,ur,MF,{[Cp]:Tp,
[vp]:401},[Ap],[0]];Ni.registerError(oM,Ip);IA=[wA,Ni],nM=[0,ur,bF,8,0],sM=[0,ur,LF,8,0],iM=[0,ur,UF,8,0],aM=[3,ur,OF,0,[KF,HF,GF],[[0,{[RA]:JF}],[0,{[RA]:jF}],
[()=>nM,{[qF]:QF}]],3],cM=[3,ur,NF,0,[WF],[[()=>pM,0]]],pM=[3,ur,kF,0,[BF,YF,XF,zF],[0,[()=>sM,0],[()=>iM,0],1]],TA=[9,ur,PF,{[VF]:["GET","/federation/credentia\
ls",200]},()=>aM,()=>cM]});var CA,vA=p(()=>{Ie();on();it();nn();v();F();$();Fg();SA();bp();CA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??xA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
cA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new we,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:IA,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var AA,bA=p(()=>{ti();M();Ie();v();L();ut();$();uo();vA();AA=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=CA(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Jt,t),region:t?.region??I(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(bt,n),useFipsEndpoint:t?.useFipsEndpoint??I(Pt,n),userAgentAppId:t?.
userAgentAppId??I(er,n)}}});var PA,OA,NA=p(()=>{PA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},OA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var DA,kA=p(()=>{M();v();F();NA();DA=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),PA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
OA(r))}});var Yn,zg=p(()=>{M();it();v();L();K();F();ut();X();Fg();Mg();bA();kA();Yn=class extends Te{config;constructor(...[e]){let r=AA(e||{});super(r),this.initConfig=r;
let o=lA(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ir(a),l=pA(c),d=DA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:aA,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var $A,LA,UA,FA=p(()=>{v();K();Mg();$A=Lt(dA,"SWBPortalService","SSOClient",ar),LA={},UA=(t,e,r,o)=>[]});var Xn,Vg=p(()=>{FA();bp();Xn=class extends $A(LA,UA,"GetRoleCredentials",TA){}});var lM,qg,MA=p(()=>{v();Vg();zg();lM={GetRoleCredentialsCommand:Xn},qg=class extends Yn{};zr(lM,qg)});var HA=p(()=>{Vg()});var BA=p(()=>{});var GA=p(()=>{zg();MA();HA();bp();jg();BA()});var jA={};nr(jA,{GetRoleCredentialsCommand:()=>Xn,SSOClient:()=>Yn});var zA=p(()=>{GA()});var Di,Wg,VA=p(()=>{M();iA();L();Di=!1,Wg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,h="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let pt=await Ug({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:pt.token,expiresAt:new Date(pt.expiration).toISOString()}}catch(pt){throw new _(pt.message,{tryNextLink:Di,logger:f})}else try{g=await Cs(t)}catch{
throw new _(`The SSO session associated with this profile is invalid. ${h}`,{tryNextLink:Di,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new _(
`The SSO session associated with this profile has expired. ${h}`,{tryNextLink:Di,logger:f});let{accessToken:y}=g,{SSOClient:x,GetRoleCredentialsCommand:S}=await Promise.resolve().then(()=>(zA(),jA)),
A=s||new x(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await A.send(new S({accountId:r,roleName:n,accessToken:y}))}catch(pt){throw new _(pt,{tryNextLink:Di,logger:f})}let{roleCredentials:{accessKeyId:T,secretAccessKey:H,
sessionToken:Z,expiration:or,credentialScope:Cr,accountId:ce}={}}=R;if(!T||!H||!Z||!or)throw new _("SSO returns an invalid temporary credential.",{tryNextLink:Di,
logger:f});let ve={accessKeyId:T,secretAccessKey:H,sessionToken:Z,expiration:new Date(or),...Cr&&{credentialScope:Cr},...ce&&{accountId:ce}};return e?B(ve,"CRED\
ENTIALS_SSO","s"):B(ve,"CREDENTIALS_SSO_LEGACY","u"),ve}});var Pp,Kg=p(()=>{L();Pp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new _(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var qA,WA=p(()=>{L();Ig();VA();Kg();qA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=et({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await xr(t))[c];if(!d)
throw new _(`Profile ${c} was not found.`,{logger:t.logger});if(!dp(d))throw new _(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let x=(await Ps(t))[d.sso_session],S=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==x.sso_region)throw new _("Conflic\
ting SSO region"+S,{tryNextLink:!1,logger:t.logger});if(r&&r!==x.sso_start_url)throw new _("Conflicting SSO start_url"+S,{tryNextLink:!1,logger:t.logger});d.sso_region=
x.sso_region,d.sso_start_url=x.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:h}=Pp(d,t.logger);return Wg({ssoStartUrl:u,
ssoSession:h,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new _('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Wg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Jg={};nr(Jg,{fromSSO:()=>qA,isSsoProfile:()=>dp,validateSsoProfile:()=>Pp});var Yg=p(()=>{WA();Ig();Kg()});var KA,Xg,JA=p(()=>{M();L();KA=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(wg(),_g)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(lp(),pp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Bo(s(n??{}),i(n))().then(Xg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(lp(),pp));return async()=>s(
n)().then(Xg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(mg(),SC));
return async()=>s(n)().then(Xg)}};if(t in o)return o[t];throw new _(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Xg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var XA,dM,uM,QA,YA,ZA=p(()=>{M();L();JA();XA=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(dM(t,{
profile:e,logger:r})||uM(t,{profile:e,logger:r})),dM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},uM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},QA=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(og(),rg));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new _(`Detected a cycle attempting to resolve credentials for profile ${et(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},YA(e[a]??{})):(await KA(i.credential_source,t,r.logger)(r))();if(YA(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new _(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},YA=t=>!t.role_arn&&!!t.credential_source});function mM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function fM(t){return{schemeId:"smithy.api#noAuth"}}var eb,tb,rb,Qg=p(()=>{Ie();v();eb=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});tb=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(fM(t)):e.push(mM(
t)),e},rb=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var ob,nb,Zg=p(()=>{ob=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),nb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Co,Io,sb,Qn,ib,Zn,ab,th,Yr,eh,cb,pb,To,mb,lb,Op,Ve,db,ub,gM,G,hM,fb,gb=p(()=>{K();Co="ref",Io=-1,sb=!1,Qn=!0,ib="isSet",Zn="booleanEquals",ab="coalesce",th=
"PartitionResult",Yr="stringEquals",eh="getAttr",cb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",pb={[Co]:"Endpoint"},To={fn:eh,argv:[{[Co]:th},
"name"]},mb={[Co]:"Region"},lb={[Co]:th},Op={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Ve={},db=[mb],ub={conditions:[[ib,db],[
Zn,[{fn:ab,argv:[{[Co]:"IsControlPlane"},sb]},Qn]],[ib,[pb]],["aws.partition",db,th],[Zn,[{[Co]:"UseFIPS"},Qn]],[Yr,[To,"aws"]],[Zn,[{fn:ab,argv:[{[Co]:"IsOAuth\
Endpoint"},sb]},Qn]],[Zn,[{[Co]:"UseDualStack"},Qn]],[Yr,[To,"aws-cn"]],[Yr,[mb,"us-gov-west-1"]],[Yr,[To,"aws-us-gov"]],[Zn,[{fn:eh,argv:[lb,"supportsFIPS"]},Qn]],
[Yr,[To,"aws-iso"]],[Yr,[To,"aws-iso-b"]],[Yr,[To,"aws-iso-f"]],[Yr,[To,"aws-iso-e"]],[Yr,[To,"aws-eusc"]],[Zn,[{fn:eh,argv:[lb,"supportsDualStack"]},Qn]]],results:[
[Io],["https://signin.{Region}.api.aws",Op],["https://signin.{Region}.api.amazonwebservices.com.cn",Op],[cb,Op],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Op],["https://{Region}.signin.aws.amazon.com",Ve],["https://{Regio\
n}.signin.amazonaws.cn",Ve],["https://{Region}.signin.amazonaws-us-gov.com",Ve],["https://{Region}.signin.c2shome.ic.gov",Ve],["https://{Region}.signin.sc2shome\
.sgov.gov",Ve],["https://{Region}.signin.csphome.hci.ic.gov",Ve],["https://{Region}.signin.csphome.adc-e.uk",Ve],["https://{Region}.signin.amazonaws-eusc.eu",Ve],
["https://signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
Ve],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[pb,Ve],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ve],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"FIPS is enabled but this partition does not support FIPS"],[cb,Ve],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"Invalid Configuration: Missing Region"]]},gM=2,
G=1e8,hM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),fb=ot.from(hM,gM,ub.conditions,ub.results)});var yM,hb,yb=p(()=>{M();K();gb();yM=new nt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),hb=(t,e={})=>yM.get(
t,()=>Mt(fb,{endpointParams:t,logger:e.logger}));Pe.aws=mt});var Ir,Np=p(()=>{v();Ir=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ki,$i,Li,Ui,rh=p(()=>{Np();ki=class t extends Ir{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},$i=class t extends Ir{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Li=class t extends Ir{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},Ui=class t extends Ir{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var EM,xM,SM,RM,_M,wM,IM,TM,CM,vM,AM,bM,PM,OM,NM,Eb,oh,DM,ah,xb,Sb,kM,vo,nh,$M,sh,LM,Tb,ch,Rb,Le,kp,UM,Dp,_b,Cb,wb,Ib,FM,MM,HM,ih,BM,qe,vb,Ab,Fi,bb,Pb,Ob,Nb,ph,
GM,Db,kb,$b,Lb,Ub,Fb,Mb,Hb,lh,dh,Mi=p(()=>{X();rh();Np();EM="AccessDeniedException",xM="AccessToken",SM="CreateOAuth2Token",RM="CreateOAuth2TokenRequest",_M="Cr\
eateOAuth2TokenRequestBody",wM="CreateOAuth2TokenResponseBody",IM="CreateOAuth2TokenResponse",TM="CreateOAuth2TokenWithIAM",CM="CreateOAuth2TokenWithIAMRequest",
vM="CreateOAuth2TokenWithIAMResponse",AM="InternalServerException",bM="OAuthAccessToken",PM="RefreshToken",OM="TooManyRequestsError",NM="ValidationException",Eb=
"accessKeyId",oh="accessToken",DM="access_token",ah="client",xb="clientId",Sb="codeVerifier",kM="code",vo="error",nh="expiresIn",$M="expires_in",sh="grantType",
LM="grant_type",Tb="http",ch="httpError",Rb="idToken",Le="jsonName",kp="message",UM="resource",Dp="refreshToken",_b="redirectUri",Cb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",wb="secretAccessKey",Ib="sessionToken",FM="server",MM="tokenInput",HM="tokenOutput",ih="tokenType",BM="token_type",qe="com.amazonaws.signin",
vb=new Q(Cb),Ab=[-3,Cb,"SigninServiceException",0,[],[]];vb.registerError(Ab,Ir);Fi=new Q(qe),bb=[-3,qe,EM,{[vo]:ah},[vo,kp],[0,0],2];Fi.registerError(bb,ki);Pb=
[-3,qe,AM,{[vo]:FM,[ch]:500},[vo,kp],[0,0],2];Fi.registerError(Pb,$i);Ob=[-3,qe,OM,{[vo]:ah,[ch]:429},[vo,kp],[0,0],2];Fi.registerError(Ob,Li);Nb=[-3,qe,NM,{[vo]:ah,
[ch]:400},[vo,kp],[0,0],2];Fi.registerError(Nb,Ui);ph=[vb,Fi],GM=[0,qe,bM,8,0],Db=[0,qe,PM,8,0],kb=[3,qe,xM,8,[Eb,wb,Ib],[[0,{[Le]:Eb}],[0,{[Le]:wb}],[0,{[Le]:Ib}]],
3],$b=[3,qe,RM,0,[MM],[[()=>Lb,16]],1],Lb=[3,qe,_M,0,[xb,sh,kM,_b,Sb,Dp],[[0,{[Le]:xb}],[0,{[Le]:sh}],0,[0,{[Le]:_b}],[0,{[Le]:Sb}],[()=>Db,{[Le]:Dp}]],2],Ub=[3,
qe,IM,0,[HM],[[()=>Fb,16]],1],Fb=[3,qe,wM,0,[oh,ih,nh,Dp,Rb],[[()=>kb,{[Le]:oh}],[0,{[Le]:ih}],[1,{[Le]:nh}],[()=>Db,{[Le]:Dp}],[0,{[Le]:Rb}]],4],Mb=[3,qe,CM,0,
[sh,UM],[[0,{[Le]:LM}],0],2],Hb=[3,qe,vM,0,[oh,ih,nh],[[()=>GM,{[Le]:DM}],[0,{[Le]:BM}],[1,{[Le]:$M}]],3],lh=[9,qe,SM,{[Tb]:["POST","/v1/token",200]},()=>$b,()=>Ub],
dh=[9,qe,TM,{[Tb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Mb,()=>Hb]});var Bb,Gb=p(()=>{Ie();on();it();nn();v();F();$();Qg();yb();Mi();Bb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??hb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
tb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new we,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:ph,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var jb,zb=p(()=>{ti();M();Ie();v();L();ut();$();uo();Gb();jb=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=Bb(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Jt,t),region:t?.region??I(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(bt,n),useFipsEndpoint:t?.useFipsEndpoint??I(Pt,n),userAgentAppId:t?.
userAgentAppId??I(er,n)}}});var Vb,qb,Wb=p(()=>{Vb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},qb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Kb,Jb=p(()=>{M();v();F();Wb();Kb=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),Vb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
qb(r))}});var Hi,uh=p(()=>{M();it();v();L();K();F();ut();X();Qg();Zg();zb();Jb();Hi=class extends Te{config;constructor(...[e]){let r=jb(e||{});super(r),this.initConfig=r;
let o=ob(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ir(a),l=rb(c),d=Kb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:eb,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var $p,Yb,Xb,Lp,mh=p(()=>{v();K();Zg();$p=Lt(nb,"Signin","SigninClient",ar),Yb={IsControlPlane:{type:"staticContextParams",value:!1}},Xb={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Lp=(t,e,r,o)=>[]});var Bi,fh=p(()=>{mh();Mi();Bi=class extends $p(Yb,Lp,"CreateOAuth2Token",lh){}});var Gi,gh=p(()=>{mh();Mi();Gi=class extends $p(Xb,Lp,"CreateOAuth2TokenWithIAM",dh){}});var jM,Up,Qb=p(()=>{v();fh();gh();uh();jM={CreateOAuth2TokenCommand:Bi,CreateOAuth2TokenWithIAMCommand:Gi},Up=class extends Hi{};zr(jM,Up)});var Zb=p(()=>{fh();gh()});var zM,eP=p(()=>{zM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var tP=p(()=>{});var rP={};nr(rP,{$Command:()=>sr,AccessDeniedException:()=>ki,AccessDeniedException$:()=>bb,AccessToken$:()=>kb,CreateOAuth2Token$:()=>lh,CreateOAuth2TokenCommand:()=>Bi,
CreateOAuth2TokenRequest$:()=>$b,CreateOAuth2TokenRequestBody$:()=>Lb,CreateOAuth2TokenResponse$:()=>Ub,CreateOAuth2TokenResponseBody$:()=>Fb,CreateOAuth2TokenWithIAM$:()=>dh,
CreateOAuth2TokenWithIAMCommand:()=>Gi,CreateOAuth2TokenWithIAMRequest$:()=>Mb,CreateOAuth2TokenWithIAMResponse$:()=>Hb,InternalServerException:()=>$i,InternalServerException$:()=>Pb,
OAuth2ErrorCode:()=>zM,Signin:()=>Up,SigninClient:()=>Hi,SigninServiceException:()=>Ir,SigninServiceException$:()=>Ab,TooManyRequestsError:()=>Li,TooManyRequestsError$:()=>Ob,
ValidationException:()=>Ui,ValidationException$:()=>Nb,__Client:()=>Te,errorTypeRegistries:()=>ph});var oP=p(()=>{uh();Qb();Zb();v();Mi();eP();rh();tP();Np()});var Ao,Fp,nP,ji,Mp,sP=p(()=>{L();F();Ao=require("node:crypto"),Fp=require("node:fs"),nP=require("node:os"),ji=require("node:path"),Mp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new _(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(oP(),rP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(S=>S?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,h=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,y=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:h,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(y.middlewareStack);
let x={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let S=await y.send(new l(x)),{accessKeyId:A,secretAccessKey:R,
sessionToken:T}=S.tokenOutput?.accessToken??{},{refreshToken:H,expiresIn:Z}=S.tokenOutput??{};if(!A||!R||!T||!H)throw new _("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let or=(Z??900)*1e3,Cr=new Date(Date.now()+or),ce={...i,accessToken:{...i.accessToken,accessKeyId:A,secretAccessKey:R,
sessionToken:T,expiresAt:Cr.toISOString()},refreshToken:H};return await this.saveToken(ce),this.toCredentials(ce.accessToken)}catch(S){if(S.name==="AccessDenied\
Exception"){let R=S.error,T;switch(R){case"TOKEN_EXPIRED":T="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":T="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":T="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:T=`Failed to refresh token: ${String(
S)}. Please re-authenticate using \`aws login\``}throw new _(T,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(S)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new _(`Failed to refresh tok\
en: ${String(S)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Fp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new _(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new _(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,ji.dirname)(r);try{await Fp.promises.mkdir(o,{recursive:!0})}catch{}
await Fp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,ji.join)((0,nP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Ao.createHash)("sha256").update(r).digest("hex");return(0,ji.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Ao.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Ao.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let S=0;S<i.length;S++)if(i[S]===4){a=S;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,h=(0,Ao.sign)(
"sha256",Buffer.from(g),n),x=this.derToRawSignature(h).toString("base64url");return`${g}.${x}`}catch(n){throw new _(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var iP,aP=p(()=>{M();L();sP();iP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await xr(
t||{}),o=et({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new _(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Mp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var cP={};nr(cP,{fromLoginCredentials:()=>iP});var pP=p(()=>{aP()});var lP,dP,uP=p(()=>{M();lP=t=>!!(t&&t.login_session),dP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(pP(),cP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var mP,fP=p(()=>{M();mP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var gP,hP,yP,EP=p(()=>{L();gP=require("node:child_process"),hP=require("node:util");fP();yP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,hP.promisify)(Os?.getTokenRecord?.().exec??gP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return mP(t,a,e)}catch(i){throw new _(i.message,{logger:r})}}else throw new _(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new _(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var xP,SP=p(()=>{L();EP();xP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await xr(t);
return yP(et({profile:t.profile??e?.profile}),r,t.logger)}});var hh={};nr(hh,{fromProcess:()=>xP});var yh=p(()=>{SP()});var RP,_P,wP=p(()=>{M();RP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",_P=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(yh(),hh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var IP,TP,CP=p(()=>{M();IP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Yg(),Jg));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},TP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Eh,xh,vP=p(()=>{M();Eh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,xh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var AP,bP,PP=p(()=>{M();AP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,bP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Qc(),sg)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Sh,OP=p(()=>{L();ZA();uP();wP();CP();vP();PP();Sh=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Eh(i))return xh(i,r);if(s||XA(i,{profile:t,
logger:r.logger}))return QA(t,e,r,o,n,Sh);if(Eh(i))return xh(i,r);if(AP(i))return bP(i,r,o);if(RP(i))return _P(r,t);if(TP(i))return await IP(t,i,r,o);if(lP(i))return dP(
t,r,o);throw new _(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var NP,DP=p(()=>{L();OP();NP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await xr(t);return Sh(
et({profile:t.profile??e?.profile}),r,t,e)}});var kP={};nr(kP,{fromIni:()=>NP});var $P=p(()=>{DP()});var jN=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${ls(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},Ke=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ae=class extends Ke{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},fr=class extends Ke{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},pe=class extends Ke{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Qr=class extends Ke{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},ps=class extends Ke{constructor(e,r){
super(e,r),this.name="ScanGateError"}},gr=class extends Ke{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},ta=class extends Ke{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},_t=class extends Ke{constructor(e,r){
super(e,r),this.name="DockerError"}},AD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function ls(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(AD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function hn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof Ke?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var ty=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,ry=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Fr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function Do(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function oy(t){return Object.fromEntries(
Fr.map(({name:e})=>[e,Do(t,e)]))}var Ey=require("node:child_process"),xy=require("node:fs");var my=require("node:fs");var sy=require("node:crypto");var ny=128,bD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
PD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function jd(t){let e=PD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function iy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?jd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function ay(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function OD(t){let e=bD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function cy(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,sy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=ny?e:`${e.slice(0,ny-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function py(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=OD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(cy(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function ly(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var zd=5;function dy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===cy(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var yn=require("node:fs");var me=(t,e)=>r=>t.test(r)?void 0:e;function Zr(t,e,r){if(r)throw new w(t,e,r)}var wt=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&Zr(o,n,t(n)),
n}}),Je={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
ra=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Mr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),ds=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
Zr(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),En=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ko(t,e){
if(!(0,yn.existsSync)(e)||!(0,yn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function Vd(t,e){ko(t,e);try{JSON.parse((0,yn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var ND=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,DD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,kD=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,$D=/^[\w+=,.@-]{2,64}$/,
LD=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,UD=/^[0-9a-f]{40}$/,FD=/^\d{12}$/,MD=/^[\x21-\x7e]{1,256}$/,Se={repository:t=>t.length>=2&&t.length<=256&&ND.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:me(kD,"is not \
an AWS region name like `eu-west-1`"),tag:me(DD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:me(UD,"is not a full commit SHA (40 h\
ex characters)"),sessionName:me($D,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:me(FD,"is not an AWS account id (12 digits)"),
audience:me(MD,"is not a valid audience: 1\u2013256 printable characters, no spaces")},fy=t=>t.split(",").every(e=>LD.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",uy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,qd="public.ecr.aws/",gy={type:"list",parse:(t,e)=>ds(me(uy,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=uy.exec(r);return n?{id:o,region:n}:{id:o}})},oa=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&ko(r,o);let n=o!==void 0?(0,my.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),hy={type:"string",parse:(t,e)=>{let r=jd(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},Wd=t=>t.startsWith(qd),yy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(qd.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Hr(t){return Wd(t)?t.slice(qd.length).split("/").slice(1).join("/"):t}function HD(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function xn(t,e=process.env,r="deliver"){let o=HD(e),n=r==="logi\
n"?"":VD(t,e);return{ci:o,region:Jd(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??qD(e),sourceUrl:WD(e),release:r==="login"?{tags:[]}:BD(t,e,o,n)}}function BD(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??GD(r,e,o),s=py(n,t);return dy(s,n,Se.tag),s}function GD(t,e,r){if(t==="github")return iy(e,Sy(e));
if(t==="circleci")return ay(e);let o=Kd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=Kd(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function Kd(t){try{return(0,Ey.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function Sy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,xy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function Jd(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Se.region(r);if(o)throw new w("aws-region",r,o);return r}function $o(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function jD(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=Sy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var zD=()=>Kd(["rev-parse","HEAD"]);function VD(t,e){let r=(t.commitSha??jD(e)??e.CIRCLE_SHA1??zD())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Se.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function qD(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function WD(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var sa=require("node:fs");var Lo=require("node:fs");var KD=/^[A-Za-z0-9_.-]{1,128}$/,JD=/^[A-Za-z_][A-Za-z0-9_]*$/,YD=/^[A-Za-z_][A-Za-z0-9_]*=/,XD=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
QD=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,us=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Ry=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function Yd(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!KD.test(o))throw new w(t,Ry(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Ry(e),"repeats a s\
ecret id");return r?.add(o),o}var _y={type:"list",parse:(t,e)=>{let r=new Set;return us(t).map(o=>{let n=Yd(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!JD.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},wy={type:"list",parse:(t,e)=>{let r=new Set;return us(t).map(o=>{let n=Yd(e,o,r),s=o.slice(n.length+1);if(!(0,Lo.existsSync)(
s)||!(0,Lo.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},Iy={type:"list",parse:(t,e)=>us(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=Yd(e,r),n=r.slice(o.length+1);if(!(0,Lo.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Ty={type:"list",parse:(t,e)=>{let r=us(t);for(let o of r){let n=o.split("=")[0];if(!YD.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(XD.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function ms(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var na=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Cy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function vy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Lo.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...us(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function Ay(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??QD(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}function by(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:ZD(t)},o={...t,
...r};return ek(o),Xd(t.mode,t.dockerCredentialsOutput),tk(o),e==="deliver"&&rk(o),r}function ZD(t){return Wd(t.repository)?(Zr("repository",t.repository,yy(t.repository)??
Se.repository(Hr(t.repository))),"public"):t.registryType}function ek(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function Xd(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function tk(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function rk(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=na(ms(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Qd(t)}function Qd(t){if(!(0,sa.existsSync)(t.context)||!(0,sa.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ko("dockerfile",fs(t))}function fs(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var ok=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,nk=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
sk=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,ik=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
ak=100,ck=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,pk=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,Zd="sts.amazonaws.com",Uo=["CRITICAL","HIGH","MEDIUM","LOW"],lk=[{name:"repo\
sitory",field:"repository",...wt(Se.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AW\
S call."},{name:"aws-region",field:"awsRegion",...wt(Se.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"\
role-to-assume",field:"roleToAssume",...wt(me(ok,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS creden\
tial chain",description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...wt(Se.audience),
default:Zd,description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",field:"webIdentityToken\
File",...En(ko),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"\
roleSessionName",...wt(Se.sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@\
-]`, 2\u201364 characters)."},{name:"role-duration-seconds",field:"roleDurationSeconds",...ra(900,43200),default:"3600",description:"Lifetime of the assumed rol\
e's credentials, 900\u201343200."},{name:"registry-id",field:"registryId",...wt(Se.account),defaultText:"the caller's account",description:"Account id (12 digit\
s) that owns the registry, for cross-account pushes."},{name:"create-repository",field:"createRepository",...Je,default:"true",description:"Create the repositor\
y when it is missing."},{name:"image-tag-mutability",field:"imageTagMutability",...Mr("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"\
Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",
...Je,default:"true",description:"Scan on push, for a created repository."},{name:"encryption-type",field:"encryptionType",...Mr("AES256","KMS"),default:"AES256",
description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",field:"kmsKey",...wt(me(nk,"is not a KMS key ARN, key id \
or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",field:"lifecyclePolicy",...En(Vd),description:"\
Path to a lifecycle policy JSON file, applied to the repository."},{name:"repository-policy",field:"repositoryPolicy",...En(Vd),description:"Path to a repositor\
y policy JSON file, applied to the repository."},{name:"context",field:"context",...En(),default:".",description:"Build context directory."},{name:"dockerfile",
field:"dockerfile",...En(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Ty,description:"Bui\
ld arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"t\
arget",...wt(me(sk,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"platform",...wt(fy),description:"Target platforms,\
 e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",field:"cache",...Je,default:"true",description:"Reuse the layers of the latest image in the repo\
sitory on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing\
 cache never fails a delivery."},{name:"provenance",field:"provenance",...Je,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). \
Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...wt(me(ik,"is not a local im\
age reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"commitSha",...wt(Se.
commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the i\
mage is tagged with (40 hex characters)."},{name:"tags",field:"tags",...ds(Se.tag,{commas:!0,max:ak}),description:"Extra tags, newline- or comma-separated; the \
commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...Je,default:"false",description:"When the SHA tag already exists in ECR: no bui\
ld, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...Je,default:"true",description:"Push to ECR; `fa\
lse` builds and tags only (pull-request builds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...wt(me(ck,"is not an environment variable name (\
letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},
{name:"pull-registries",field:"pullRegistries",...gy,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can re\
ad them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated."},{name:"registry-type",field:"registryType",...Mr("private","\
public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<n\
ame>`)."},{name:"catalog-description",field:"catalogDescription",...oa(1024),description:"ECR Public: short description of a created repository (text, or `file:\
//PATH`)."},{name:"catalog-about",field:"catalogAbout",...oa(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://P\
ATH`).'},{name:"catalog-usage",field:"catalogUsage",...oa(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH\
`).'},{name:"mode",field:"mode",...Mr("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and\
 docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `logi\
n`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...Je,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set maske\
d outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"ski\
pLogout",...Je,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shar\
ed self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...ra(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, bu\
ild, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"\
secrets",field:"secrets",..._y,description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in ar\
gv, layers or history."},{name:"secret-files",field:"secretFiles",...wy,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"\
ssh",...Iy,description:"SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-ta\
gs",field:"semverTags",...Je,default:"false",description:"On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases onl\
y their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`."},{name:"branch-tag",field:"branchTag",...Je,default:"false",description:"Also tag the br\
anch name made a valid tag (`feature/Login` \u2192 `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-\
ref",field:"gitRef",...hy,defaultText:"`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the chec\
ked-out branch",description:"The git ref `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"\
labels",...ds(me(pk,"is not `key=value` with a key of letters, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the o\
nes always set (revision, source, created; version from a semver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...Je,default:"false",description:"\
After the push, wait for ECR's scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary)."},{name:"scan-star\
t",field:"scanStart",...Je,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on pu\
sh."},{name:"scan-timeout-seconds",field:"scanTimeoutSeconds",...ra(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also b\
ounded by `timeout-seconds`)."},{name:"fail-on-severity",field:"failOnSeverity",...Mr(...Uo,"none"),default:"none",description:"With `scan-wait`: exit 1 when fi\
ndings at or above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."}],
gs=lk,ia=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-token-env",
"pull-registries","registry-type"];var dk=4096,uk=65536;function Py(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?uk:dk;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function hr(t,e){
let r=gs.find(n=>n.name===t),o=Py(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Sn(t,e="deliver"){let r={};for(let n of gs){let s=Py(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...by(o,e)}}function Oy(t){let e=hr("mode",t("mode")),r=hr("docker-credentials-output",t("docker-credentials-output"));
return Xd(e,r),{mode:e,skipLogout:hr("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}var Ny=require("node:child_process"),aa=new Set,Fo=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,Ny.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});aa.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{aa.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{aa.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function Dy(t){let e=[...aa];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var ca=Ur(require("node:http")),eu=Ur(require("node:https")),ky=require("node:net"),$y=require("node:tls");var Ly=t=>(e,r)=>t?.(e,r);function ru(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||mk(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new gr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new gr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function mk(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var fk=t=>`${t.protocol}//${t.host}`;function Uy(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function ou(t,e,r){return new gr(`the proxy ${fk(t)} (for ${e}) ${r}`)}function Fy(t,e,r){let o=(0,ky.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(ou(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var tu=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),pa=class extends ca.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return ru(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=tu(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=Uy(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(ou(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}ca.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=tu(r,
80),s=this.proxy(n);if(!s)return ca.Agent.prototype.createConnection.call(this,r,o);Fy(s,`${n.host}:${n.port}`,Ly(o))}},la=class extends eu.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=Ly(o),s=tu(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=ru(new URL(`https://${i}`),this.
env);if(!a)return eu.Agent.prototype.createConnection.call(this,r);Fy(a,i,(c,l)=>{if(c||!l)return n(c);let d=Uy(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=y=>{l.destroy(),n(ou(a,i,y))},f=y=>{if(u=Buffer.concat([u,y]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",h);let S=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(S?.[1]!=="200")return m(`refu\
sed the tunnel: ${S?`${S[1]}${S[2]}`:"no HTTP answer"}${S?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let A=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,$y.connect)({...r,socket:l,servername:A}))},g=y=>m(`dropped the tunnel: ${y.message}`),h=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",h)})}};function My(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new pa(t,{keepAlive:!0}),httpsAgent:new la(t,{keepAlive:!0})}:{}}function Hy(t,e){if(ru(t,e))return t.protocol==="https:"?new la(e,{keepAlive:!1}):
new pa(e,{keepAlive:!1})}var Gy=5,gk=5e3,hk=3e4,yk=2e3,Ek=3e3,By=["SIGINT","SIGTERM"];function xk(t=1/0){let e=Math.max(1e3,Math.min(hk,Math.floor(t/3)));return{connectionTimeout:Math.min(
gk,e),requestTimeout:e}}function Rn(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:Gy,requestHandler:{...xk(r?.ms),throwOnRequestTimeout:!0,
...My(process.env)}}}function _n(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,throttled:o}}function wn(t,e){return e?`AWS kept throttling ${t} for longer than ${Gy} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var hs=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new Qr(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new ta(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of By)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of By)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),Dy(Ek).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),yk).unref()}))}};function eo(t,e,r){return t?t.watch(e,r):r()}var jy={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function nu(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function zy(t,e,r={}){
let o=nu(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Ae(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Ae(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ae(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ae(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}var Sk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function ys(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!Sk.some(n=>n.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var oC=require("node:child_process"),nC=require("node:fs"),sC=require("node:util");Qc();async function ig(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ae(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:tC(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await G1(t),source:"GitHub OIDC"};if(t.ci==="circleci")return j1(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:tC(e),source:`file ${e}`};throw new Ae(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function tC(t){let e=(0,nC.readFileSync)(t,"utf8").trim();if(!e)throw new Ae(
`the OIDC token file ${t} is empty`);return e}async function G1(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ae("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof gr?e:new fr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function j1(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Zd&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,sC.promisify)(oC.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ae("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function z1(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function ag(t,e,r,o){r.secret(e);let n=jn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:Rn(t.region,void 0,o)});try{let s=await eo(o,"STS AssumeRoleWithWebIdentity",()=>n());return q1({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw W1(s,t,e)}}function iC(t,e){let r={credentials:t,margin:rC(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:rC(s)},
s)).finally(()=>{o=void 0}),o)}}var V1=300*1e3;function rC(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(V1,e/2)}function q1(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function W1(t,e,r){if(t instanceof fr||t instanceof gr)return t;let o=t,n=z1(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=_n(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new fr(c,wn("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new fr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new fr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new fr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new fr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new fr(a,void 0,{cause:t})}}var zn=require("node:fs"),dC=require("node:os"),cg=require("node:path");var aC=3,K1=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
cC=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,pC=t=>t.startsWith(
"-")?`./${t}`:t;function uC(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=na(e),r}function J1(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",pC(t.dockerfile)),e==="classic"&&n.push("--f\
orce-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf(
"=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="c\
lassic"){let i=Ay(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(pC(t.context)),{argv:n,env:s}}
function Y1(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var lC=1e4,cn=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=
o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return eo(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?
{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:lC})}catch{
throw new Ae("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new Ae(`the docker daemon did not answer within ${lC/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ae(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=zy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${jy[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new _t(`docker login to ${e.host}\
 failed: ${kr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,zn.mkdtempSync)((0,cg.join)(
(0,dC.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,cg.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test(kr(
s))&&(this.reporter.warning(`the build failed on the layer cache (${kr(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0)throw new _t(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${kr(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,zn.readFileSync)(
n,"utf8"))["containerimage.digest"]}finally{o&&(0,zn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=J1(e,r,o);return this.run("docker",n,
{output:this.reporter.output,env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.
reporter.warning(`no layer cache: docker pull ${e} failed (${kr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],
{output:this.reporter.output});if(o.code!==0)throw new _t(`docker tag ${e} ${r} failed: ${kr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run(
"docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=Y1(i);if(!a)throw new _t(`docker push ${e} printed no digest`);return a}if(cC.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${kr(s)}); logging in again`),await r();continue}if(cC.test(i))throw new _t(`docker push ${e} was refused after a fresh login: ${kr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!K1.test(
i)||n>=aC)throw new _t(`docker push ${e} failed after ${n} attempt(s): ${kr(s)}`);this.reporter.warning(`docker push failed (${kr(s)}); retrying (${n}/${aC-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},X1=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function kr(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!X1.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var lr=require("node:fs"),ep=require("node:os"),So=require("node:path"),Q1=["auths","credHelpers","credsStore","currentContext","proxies"],Z1=["buildx","cli-plu\
gins","contexts"];function eU(t){return t.DOCKER_CONFIG||(0,So.join)(t.HOME||(0,ep.homedir)(),".docker")}var Zc=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,lr.mkdtempSync)((0,So.join)((0,ep.tmpdir)(),"ecr-deliver-docker-"))),
o=eU(e);(0,lr.writeFileSync)((0,So.join)(r.dir,"config.json"),JSON.stringify(tU((0,So.join)(o,"config.json")),null,2),{mode:384});for(let n of Z1)(0,lr.existsSync)(
(0,So.join)(o,n))&&(0,lr.symlinkSync)((0,So.join)(o,n),(0,So.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,lr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function tU(t){let e;try{e=JSON.parse((0,lr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(Q1.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?rU(r,e.credsStore):r}function rU(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var CN=require("node:fs");M();it();v();L();K();F();ut();X();Ie();v();var mC=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function oU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var fC=t=>{let e=[];switch(t.operation){default:e.push(oU(t))}return e},gC=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var hC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),yC={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var EC={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr-public",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazo\
n.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr-public"},files:["dist-*/**"],sideEffects:!1,
main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.977.7","@aw\
s-sdk/credential-provider-node":"^3.972.79","@aws-sdk/types":"^3.974.3","@smithy/core":"^3.31.1","@smithy/fetch-http-handler":"^5.6.13","@smithy/node-http-handl\
er":"^4.9.13","@smithy/types":"^4.16.1",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dt\
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();Ie();mg();L();L();var YC="AWS_EC2_METADATA_DISABLED",XC=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(lp(),pp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(wg(),_g));
return Bo(s(t),o(t))}return process.env[YC]&&process.env[YC]!=="false"?async()=>{throw new _("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function QC(t,e){let r=PU(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var PU=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var LP=!1,zi=(t={})=>QC([async()=>{if(t.profile??process.env[Ra])throw process.env[mi]&&process.env[fi]&&(LP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),LP=!0)),new _("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),tp(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new _("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Yg(),Jg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>($P(),kP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(yh(),hh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Qc(),sg));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await XC(t))()),async()=>{throw new _("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
UP);var UP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;v();L();ut();$();uo();Ie();on();nn();v();F();$();M();K();K();var Vi="ref",un=-1,Hp=!0,FP="isSet",GP="PartitionResult",Bp="booleanEquals",Rh="getAttr",MP={[Vi]:"Endpoint"},_h={[Vi]:GP},es={},HP=[{[Vi]:"Region"}],BP={conditions:[
[FP,[MP]],[FP,HP],["aws.partition",HP,GP],[Bp,[{[Vi]:"UseFIPS"},Hp]],[Bp,[{[Vi]:"UseDualStack"},Hp]],[Bp,[{fn:Rh,argv:[_h,"supportsDualStack"]},Hp]],[Bp,[{fn:Rh,
argv:[_h,"supportsFIPS"]},Hp]],["stringEquals",[{fn:Rh,argv:[_h,"name"]},"aws"]]],results:[[un],[un,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[un,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[MP,es],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",es],[un,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",es],[un,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",es],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",es],[un,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",es],[un,"Invalid Configuration: Missing Region"]]},VM=2,Et=1e8,qM=new Int32Array([-1,1,-1,0,13,3,1,4,Et+12,2,5,Et+12,3,9,6,4,7,Et+11,5,8,Et+10,7,
Et+8,Et+9,4,11,10,6,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),jP=ot.from(qM,VM,BP.conditions,BP.results);var WM=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),zP=(t,e={})=>WM.get(t,()=>Mt(jP,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();v();var J=class t extends tt{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Gp=class t extends J{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},jp=class t extends J{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},zp=class t extends J{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends J{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends J{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wp=class t extends J{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends J{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jp=class t extends J{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Yp=class t extends J{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Xp=class t extends J{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends J{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends J{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends J{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends J{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends J{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ol=class t extends J{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},nl=class t extends J{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends J{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends J{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends J{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},cl=class t extends J{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends J{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},ll=class t extends J{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends J{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var KM="AuthorizationData";var JM="CreateRepository",YM="CreateRepositoryRequest",XM="CreateRepositoryResponse";var QM="DescribeImageTags",ZM="DescribeImageTagsRequest",eH="DescribeImageTagsResponse";var tH="DescribeRegistriesRequest",rH="DescribeRegistriesResponse",oH="DescribeRepositoriesRequest",nH="DescribeRepositoriesResponse",sH="DescribeRegistries",iH="\
DescribeRepositories",aH="EmptyUploadException",cH="GetAuthorizationToken",pH="GetAuthorizationTokenRequest",lH="GetAuthorizationTokenResponse";var dH="Image",uH="ImageAlreadyExistsException";var mH="ImageDigestDoesNotMatchException";var fH="ImageIdentifier";var gH="InvalidLayerException",hH="InvalidLayerPartException";var yH="ImageNotFoundException",EH="InvalidParameterException",xH="ImageTagAlreadyExistsException",SH="ImageTagDetail",RH="ImageTagDetailList",_H="InvalidTagPar\
ameterException",wH="Key";var IH="LayerAlreadyExistsException",TH="LimitExceededException";var CH="LayersNotFoundException",vH="LayerPartTooSmallException";var AH="PutImage",bH="PutImageRequest",PH="PutImageResponse";var OH="Registry",NH="RegistryAlias",DH="RepositoryAlreadyExistsException",kH="RegistryAliasList";var $H="RepositoryCatalogDataInput",LH="RepositoryCatalogDataNotFoundException",UH="RepositoryCatalogData",FH="ReferencedImageDetail",MH="ReferencedImagesNotFou\
ndException",HH="RegistryList",BH="RepositoryList",GH="RepositoryNotEmptyException",jH="RegistryNotFoundException",zH="RepositoryNotFoundException",VH="Reposito\
ryPolicyNotFoundException",qH="Repository",WH="ServerException",KH="SetRepositoryPolicy",JH="SetRepositoryPolicyRequest",YH="SetRepositoryPolicyResponse",XH="Ta\
g",QH="TagList",ZH="TooManyTagsException";var eB="UnsupportedCommandException";var tB="UploadNotFoundException";var rB="Value",oB="aliases",nB="authorizationData",sB="artifactMediaType",iB="authorizationToken",VP="aboutText",qP="architectures",ae="client",WP="createdAt",KP="\
catalogData",JP="description";var aB="defaultRegistryAlias",oe="error",cB="expiresAt";var pB="force",lB="image";var wh="imageDigest",dB="imageDetail";var uB="imageId",YP="imageManifest",Ih="imageManifestMediaType",mB="imagePushedAt",fB="imageSizeInBytes";var gB="imageTagDetails",Th="imageTag";var hB="logoImageBlob";var yB="logoUrl",EB="lastValidByteReceived",ne="message",xB="marketplaceCertified",Ch="maxResults";var SB="name",ts="nextToken",XP="operatingSystems";var RB="primaryRegistryAlias";var QP="policyText",_B="repository";var wB="registryArn",IB="repositoryArn";var Xr="registryId",bo="repositoryName",TB="repositoryNames",CB="registryUri",vB="repositoryUri",AB="registries",bB="repositories",ZP="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",PB="server",OB="status",NB="tags";var DB="uploadId",eO="usageText",kB="verified",C="com.amazonaws.ecrpublic",tO=Q.for(ZP),$B=[-3,ZP,"ECRPUBLICServiceException",0,[],[]];tO.registerError($B,J);var re=Q.
for(C),LB=[-3,C,aH,{[oe]:ae},[ne],[0]];re.registerError(LB,Wp);var UB=[-3,C,uH,{[oe]:ae},[ne],[0]];re.registerError(UB,il);var FB=[-3,C,mH,{[oe]:ae},[ne],[0]];re.
registerError(FB,al);var MB=[-3,C,yH,{[oe]:ae},[ne],[0]];re.registerError(MB,nl);var HB=[-3,C,xH,{[oe]:ae},[ne],[0]];re.registerError(HB,cl);var BB=[-3,C,gH,{[oe]:ae},
[ne],[0]];re.registerError(BB,Kp);var GB=[-3,C,hH,{[oe]:ae},[Xr,bo,DB,EB,ne],[0,0,0,1,0]];re.registerError(GB,pl);var jB=[-3,C,EH,{[oe]:ae},[ne],[0]];re.registerError(
jB,Gp);var zB=[-3,C,_H,{[oe]:ae},[ne],[0]];re.registerError(zB,Qp);var VB=[-3,C,IH,{[oe]:ae},[ne],[0]];re.registerError(VB,Jp);var qB=[-3,C,vH,{[oe]:ae},[ne],[0]];
re.registerError(qB,Yp);var WB=[-3,C,CH,{[oe]:ae},[ne],[0]];re.registerError(WB,ll);var KB=[-3,C,TH,{[oe]:ae},[ne],[0]];re.registerError(KB,Zp);var JB=[-3,C,MH,
{[oe]:ae},[ne],[0]];re.registerError(JB,dl);var YB=[-3,C,jH,{[oe]:ae},[ne],[0]];re.registerError(YB,jp);var XB=[-3,C,DH,{[oe]:ae},[ne],[0]];re.registerError(XB,
el);var QB=[-3,C,LH,{[oe]:ae},[ne],[0]];re.registerError(QB,sl);var ZB=[-3,C,GH,{[oe]:ae},[ne],[0]];re.registerError(ZB,rl);var e2=[-3,C,zH,{[oe]:ae},[ne],[0]];
re.registerError(e2,zp);var t2=[-3,C,VH,{[oe]:ae},[ne],[0]];re.registerError(t2,ol);var r2=[-3,C,WH,{[oe]:PB},[ne],[0]];re.registerError(r2,Vp);var o2=[-3,C,ZH,
{[oe]:ae},[ne],[0]];re.registerError(o2,tl);var n2=[-3,C,eB,{[oe]:ae},[ne],[0]];re.registerError(n2,qp);var s2=[-3,C,tB,{[oe]:ae},[ne],[0]];re.registerError(s2,
Xp);var rO=[tO,re],i2=[3,C,KM,0,[iB,cB],[0,4]];var a2=[3,C,YM,0,[bo,KP,NB],[0,()=>C2,()=>k2],1],c2=[3,C,XM,0,[_B,KP],[()=>oO,()=>T2]];var p2=[3,C,ZM,0,[bo,Xr,ts,Ch],[0,0,0,1],1],l2=[3,C,eH,0,[gB,ts],[()=>P2,0]],d2=[3,C,tH,0,[ts,Ch],[0,1]],u2=[3,C,rH,0,[AB,ts],[()=>N2,0],1],m2=[3,C,oH,0,[Xr,TB,
ts,Ch],[0,64,0,1]],f2=[3,C,nH,0,[bB,ts],[()=>D2,0]],g2=[3,C,pH,0,[],[]],h2=[3,C,lH,0,[nB],[()=>i2]];var y2=[3,C,dH,0,[Xr,bo,uB,YP,Ih],[0,0,()=>E2,0,0]];var E2=[3,C,fH,0,[wh,Th],[0,0]],x2=[3,C,SH,0,[Th,WP,dB],[0,4,()=>_2]];var S2=[3,C,bH,0,[bo,YP,Xr,Ih,Th,wh],[0,0,0,0,0,0],2],R2=[3,C,PH,0,[lB],[()=>y2]];var _2=[3,C,FH,0,[wh,fB,mB,Ih,sB],[0,1,4,0,0]],w2=[3,C,OH,0,[Xr,wB,CB,kB,oB],[0,0,0,2,()=>O2],5],I2=[3,C,NH,0,[SB,OB,RB,aB],[0,0,2,2],4];var oO=[3,C,qH,0,[IB,Xr,bo,vB,WP],[0,0,0,0,4]],T2=[3,C,UH,0,[JP,qP,XP,yB,VP,eO,xB],[0,64,64,0,0,0,2]],C2=[3,C,$H,0,[JP,qP,XP,hB,VP,eO],[0,64,64,21,0,0]],v2=[3,C,
JH,0,[bo,QP,Xr,pB],[0,0,0,2],2],A2=[3,C,YH,0,[Xr,bo,QP],[0,0,0]],b2=[3,C,XH,0,[wH,rB],[0,0]];var P2=[1,C,RH,0,()=>x2];var O2=[1,C,kH,0,()=>I2],N2=[1,C,HH,0,()=>w2],D2=[1,C,BH,0,()=>oO];var k2=[1,C,QH,0,()=>b2];var nO=[9,C,JM,0,()=>a2,()=>c2];var sO=[9,C,QM,0,()=>p2,()=>l2],iO=[9,C,sH,0,()=>d2,()=>u2],aO=[9,C,iH,0,()=>m2,()=>f2],cO=[9,C,cH,0,()=>g2,()=>h2];var pO=[9,C,AH,0,()=>S2,()=>R2];var lO=[9,C,KH,0,()=>v2,()=>A2];var dO=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??zP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??fC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new we,protocol:t?.protocol??rn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:rO,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
ee});var uO=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=dO(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Tt,credentialDefaultProvider:t?.credentialDefaultProvider??
zi,defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:EC.version}),maxAttempts:t?.maxAttempts??I(Jt,t),region:t?.region??
I(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Xt,default:async()=>(await r()).retryMode||at},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(bt,n),useFipsEndpoint:t?.useFipsEndpoint??I(Pt,n),userAgentAppId:t?.userAgentAppId??I(er,n)}};M();v();F();var mO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
fO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var gO=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),mO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),fO(r))};var ul=class extends Te{config;constructor(...[e]){let r=uO(e||{});super(r),this.initConfig=r;let o=hC(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ir(a),l=gC(c),d=gO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(cr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:mC,identityProviderConfigProvider:async u=>new ze({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};v();K();var xt=Lt(yC,"SpencerFrontendService","ECRPUBLICClient",ar),St={},Rt=(t,e,r,o)=>[];var ml=class extends xt(St,Rt,"CreateRepository",nO){};var fl=class extends xt(St,Rt,"DescribeImageTags",sO){};var gl=class extends xt(St,Rt,"DescribeRegistries",iO){};var hl=class extends xt(St,Rt,"DescribeRepositories",aO){};var yl=class extends xt(St,Rt,"GetAuthorizationToken",cO){};var El=class extends xt(St,Rt,"PutImage",pO){};var xl=class extends xt(St,Rt,"SetRepositoryPolicy",lO){};function qi(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=Hy(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var hO=3e4,$2=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function L2(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function yO(t,e,r,o,n){let s=`${$2(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>qi(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:hO,signal:n}),c=await a();if(c.status===401){let d=L2(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await qi(u,{headers:{authorization:i},timeoutMs:hO,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var Mh=require("node:fs");M();it();v();L();K();F();ut();X();Ie();v();var EO=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function U2(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var xO=t=>{let e=[];switch(t.operation){default:e.push(U2(t))}return e},SO=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var RO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),_O={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var wO={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}};M();Ie();v();L();ut();$();uo();Ie();on();nn();v();F();$();M();K();K();var rs="ref",mn=-1,Sl=!0,IO="isSet",Ah="PartitionResult",Po="stringEquals",Rl="booleanEquals",vh="getAttr",TO={[rs]:"Endpoint"},Oo={fn:vh,argv:[{[rs]:Ah},"n\
ame"]},CO={[rs]:Ah},fn={},vO=[{[rs]:"Region"}],AO={conditions:[[IO,[TO]],[IO,vO],["aws.partition",vO,Ah],[Po,[Oo,"aws-eusc"]],[Po,[Oo,"aws-iso-f"]],[Po,[Oo,"aws\
-iso-e"]],[Po,[Oo,"aws-iso-b"]],[Po,[Oo,"aws-iso"]],[Po,[Oo,"aws-cn"]],[Po,[Oo,"aws-us-gov"]],[Po,[Oo,"aws"]],[Rl,[{[rs]:"UseFIPS"},Sl]],[Rl,[{fn:vh,argv:[CO,"s\
upportsFIPS"]},Sl]],[Rl,[{[rs]:"UseDualStack"},Sl]],[Rl,[{fn:vh,argv:[CO,"supportsDualStack"]},Sl]]],results:[[mn],[mn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[mn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[TO,fn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",fn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",fn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],[mn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[mn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",fn],[mn,"DualStack is enabled but this partition does not support DualStack"],[mn,"Invalid Configuration: Missing Region"]]},M2=2,Ue=1e8,
H2=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),bO=ot.from(H2,M2,AO.conditions,AO.results);var B2=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),PO=(t,e={})=>B2.get(t,()=>Mt(bO,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();v();var b=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var _l=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Il=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},bl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Ol=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Dl=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kl=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$l=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ll=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fl=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ml=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bl=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},zl=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ql=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Wl=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Jl=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Yl=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Ql=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ed=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},rd=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},id=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},cd=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
pd=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dd=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},fd=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
gd=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hd=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yd=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var G2="Attribute",j2="AuthorizationData",z2="AuthorizationDataList",V2="AwsEcrContainerImageDetails",q2="AttributeList",W2="BlockedByOrganizationPolicyExceptio\
n";var K2="BatchGetImage",J2="BatchGetImageRequest",Y2="BatchGetImageResponse";var X2="CreateRepository";var Q2="CreateRepositoryRequest",Z2="CreateRepositoryResponse",e3="CvssScore",t3="CvssScoreAdjustment",r3="CvssScoreAdjustmentList",o3="CvssScoreDetails",n3="Cv\
ssScoreList",s3="DescribeImages",i3="DescribeImagesFilter",a3="DescribeImagesRequest";var c3="DescribeImagesResponse",p3="DescribeImageScanFindings",l3="DescribeImageScanFindingsRequest",d3="DescribeImageScanFindingsResponse";var u3="DescribeRepositoriesRequest",m3="DescribeRepositoriesResponse";var f3="DescribeRepositories";var g3="ExclusionAlreadyExistsException",h3="EncryptionConfiguration";var y3="EnhancedImageScanFinding",E3="EnhancedImageScanFindingList",x3="ExclusionNotFoundException",S3="EmptyUploadException";var R3="GetAuthorizationToken",_3="GetAuthorizationTokenRequest",w3="GetAuthorizationTokenResponse";var I3="Image",T3="ImageArchivedException",C3="ImageAlreadyExistsException",v3="ImageDetail",A3="ImageDigestDoesNotMatchException",b3="ImageDetailList",P3="Imag\
eFailure",O3="ImageFailureList",N3="ImageIdentifier",D3="ImageIdentifierList",k3="ImageList",$3="InvalidLayerException",L3="InvalidLayerPartException";var U3="ImageNotFoundException",F3="InvalidParameterException";var M3="ImageScanningConfiguration",H3="ImageStorageClassUpdateNotSupportedException",B3="ImageScanFinding",G3="ImageScanFindingList",j3="ImageScanFindingsSumma\
ry",z3="ImageScanFindings",V3="ImageScanStatus";var q3="ImageTagAlreadyExistsException",W3="ImageTagMutabilityExclusionFilter",K3="ImageTagMutabilityExclusionFilters",J3="InvalidTagParameterException",Y3="Key",
X3="KmsException";var Q3="LayerAlreadyExistsException",Z3="LimitExceededException";var e4="LayerInaccessibleException";var t4="LayersNotFoundException",r4="LifecyclePolicyNotFoundException";var o4="LifecyclePolicyPreviewInProgressException",n4="LifecyclePolicyPreviewNotFoundException";var s4="LayerPartTooSmallException";var i4="PutImage",a4="PutImageRequest",c4="PutImageResponse";var p4="PutLifecyclePolicy",l4="PutLifecyclePolicyRequest",d4="PutLifecyclePolicyResponse";var u4="PullThroughCacheRuleAlreadyExistsException";var m4="PullThroughCacheRuleNotFoundException",f4="PackageVulnerabilityDetails",g4="Recommendation",h4="RepositoryAlreadyExistsException",y4="ReplicationBackfil\
lInProgressException",E4="ReplicationBackfillInvalidStatusException",x4="ReplicationBackfillNotFoundException";var S4="ResourceDetails";var R4="ReferencedImagesNotFoundException",_4="RepositoryList",w4="ResourceList",I4="RepositoryNotEmptyException",T4="RepositoryNotFoundException",C4="RegistryP\
olicyNotFoundException",v4="RepositoryPolicyNotFoundException";var A4="Remediation",b4="Repository",P4="Resource";var O4="SigningConfigurationNotFoundException",N4="ScoreDetails",D4="ServerException";var k4="StartImageScan",$4="StartImageScanRequest",L4="StartImageScanResponse";var U4="ScanNotFoundException",F4="SecretNotFoundException";var M4="SetRepositoryPolicy",H4="SetRepositoryPolicyRequest",B4="SetRepositoryPolicyResponse",G4="Tag",j4="TemplateAlreadyExistsException";var z4="TagList",V4="TooManyTagsException",q4="TemplateNotFoundException";var W4="UnsupportedImageTypeException";var K4="UploadNotFoundException";var J4="UnableToAccessSecretException",Y4="UnableToDecryptSecretValueException",X4="UnableToGetUpstreamImageException",Q4="UnableToGetUpstreamLayerException",Z4="\
UnableToListUpstreamImageReferrersException",eG="UnsupportedUpstreamRegistryException",tG="Value",rG="ValidationException",oG="VulnerablePackage",nG="Vulnerable\
PackagesList";var sG="architecture",iG="awsAccountId",aG="authorizationData",cG="awsEcrContainerImage";var pG="acceptedMediaTypes",lG="artifactMediaType";var dG="authorizationToken";var uG="adjustments";var mG="arch",fG="attributes",gG="author";var hG="baseScore",k="client";var yG="createdAt";var OO="cvss",bh="description";var EG="details";var N="error",xG="expiresAt";var SG="exploitAvailable",NO="encryptionConfiguration",RG="enhancedFindings";var _G="encryptionType",wG="epoch",IG="failures",TG="findingArn",CG="fixAvailable",vG="failureCode";var AG="fixedInVersion",bG="firstObservedAt",PG="filePath",OG="failureReason";var DO="findingSeverityCounts",NG="filterType";var kO="filter",DG="findings",kG="force",$G="httpError",LG="images",UG="imageDetails",Ph="imageDigest",FG="imageHash",$O="imageIds",os="imageId",LO="imageManife\
st",Oh="imageManifestMediaType",MG="imagePushedAt",UO="imageStatus",FO="imageScanningConfiguration",MO="imageScanCompletedAt",HG="imageScanFindings",BG="imageSc\
anFindingsSummary",GG="imageSizeInBytes",Nh="imageScanStatus",HO="imageTags";var BO="imageTagMutability",GO="imageTagMutabilityExclusionFilters",jO="imageTag",jG="inUseCount";var zG="id",VG="image",qG="key",WG="kmsError",KG="kmsKey";var JG="lastArchivedAt",YG="lastActivatedAt";var XG="lastInUseAt",QG="lastObservedAt";var zO="lifecyclePolicyText",ZG="lastRecordedPullTime";var ej="lastValidByteReceived",D="message",Dh="maxResults";var tj="metric",VO="name",ns="nextToken",rj="platform",oj="pushedAt";var nj="proxyEndpoint";var sj="packageManager";var qO="policyText";var ij="packageVulnerabilityDetails";var aj="registry";var cj="repositoryArn";var Fe="registryId",pj="registryIds",Me="repositoryName",lj="repositoryNames";var dj="referenceUrls",uj="repositoryUri",mj="relatedVulnerabilities",fj="repository",gj="reason",hj="recommendation";var yj="release",Ej="remediation",xj="repositories";var Sj="resources";var WO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var Rj="scoreDetails";var _j="sourceLayerHash",wj="subjectManifestDigest",Ij="scanOnPush";var Tj="scoreSource";var Cj="sourceUrl",KO="scoringVector",JO="score",vj="server",YO="severity";var XO="source",QO="status";var ZO="tags";var Aj="tagStatus";var bj="text",Pj="title",eN="type",Oj="uri",Nj="updatedAt",Dj="uploadId";var kj="url",$j="value",Lj="vendorCreatedAt",Uj="vulnerabilityId",Fj="vulnerablePackages",Mj="vendorSeverity",tN="vulnerabilitySourceUpdatedAt",Hj="vendorUpdate\
dAt",kh="version",E="com.amazonaws.ecr",rN=new Q(WO),Bj=[-3,WO,"ECRServiceException",0,[],[]];rN.registerError(Bj,b);var P=new Q(E),Gj=[-3,E,W2,{[N]:k},[D],[0]];
P.registerError(Gj,pd);var jj=[-3,E,S3,{[N]:k},[D],[0]];P.registerError(jj,Al);var zj=[-3,E,g3,{[N]:k},[D],[0]];P.registerError(zj,ld);var Vj=[-3,E,x3,{[N]:k},[
D],[0]];P.registerError(Vj,Yl);var qj=[-3,E,C3,{[N]:k},[D],[0]];P.registerError(qj,sd);var Wj=[-3,E,T3,{[N]:k},[D],[0]];P.registerError(Wj,dd);var Kj=[-3,E,A3,{
[N]:k},[D],[0]];P.registerError(Kj,id);var Jj=[-3,E,U3,{[N]:k},[D],[0]];P.registerError(Jj,Xl);var Yj=[-3,E,H3,{[N]:k},[D],[0]];P.registerError(Yj,hd);var Xj=[-3,
E,q3,{[N]:k},[D],[0]];P.registerError(Xj,ad);var Qj=[-3,E,$3,{[N]:k},[D],[0]];P.registerError(Qj,bl);var Zj=[-3,E,L3,{[N]:k},[Fe,Me,Dj,ej,D],[0,0,0,1,0]];P.registerError(
Zj,yd);var ez=[-3,E,F3,{[N]:k},[D],[0]];P.registerError(ez,_l);var tz=[-3,E,J3,{[N]:k},[D],[0]];P.registerError(tz,Ml);var rz=[-3,E,X3,{[N]:k},[D,WG],[0,0]];P.registerError(
rz,Pl);var oz=[-3,E,Q3,{[N]:k},[D],[0]];P.registerError(oz,Ol);var nz=[-3,E,e4,{[N]:k},[D],[0]];P.registerError(nz,ed);var sz=[-3,E,s4,{[N]:k},[D],[0]];P.registerError(
sz,Nl);var iz=[-3,E,t4,{[N]:k},[D],[0]];P.registerError(iz,td);var az=[-3,E,r4,{[N]:k},[D],[0]];P.registerError(az,jl);var cz=[-3,E,o4,{[N]:k},[D],[0]];P.registerError(
cz,md);var pz=[-3,E,n4,{[N]:k},[D],[0]];P.registerError(pz,od);var lz=[-3,E,Z3,{[N]:k},[D],[0]];P.registerError(lz,Tl);var dz=[-3,E,u4,{[N]:k},[D],[0]];P.registerError(
dz,kl);var uz=[-3,E,m4,{[N]:k},[D],[0]];P.registerError(uz,zl);var mz=[-3,E,R4,{[N]:k},[D],[0]];P.registerError(mz,cd);var fz=[-3,E,C4,{[N]:k},[D],[0]];P.registerError(
fz,Vl);var gz=[-3,E,y4,{[N]:k},[D],[0]];P.registerError(gz,fd);var hz=[-3,E,E4,{[N]:k},[D],[0]];P.registerError(hz,gd);var yz=[-3,E,x4,{[N]:k},[D],[0]];P.registerError(
yz,Zl);var Ez=[-3,E,h4,{[N]:k},[D],[0]];P.registerError(Ez,Hl);var xz=[-3,E,I4,{[N]:k},[D],[0]];P.registerError(xz,ql);var Sz=[-3,E,T4,{[N]:k},[D],[0]];P.registerError(
Sz,wl);var Rz=[-3,E,v4,{[N]:k},[D],[0]];P.registerError(Rz,Kl);var _z=[-3,E,U4,{[N]:k},[D],[0]];P.registerError(_z,Ql);var wz=[-3,E,F4,{[N]:k},[D],[0]];P.registerError(
wz,$l);var Iz=[-3,E,D4,{[N]:vj},[D],[0]];P.registerError(Iz,Il);var Tz=[-3,E,O4,{[N]:k},[D],[0]];P.registerError(Tz,Jl);var Cz=[-3,E,j4,{[N]:k},[D],[0]];P.registerError(
Cz,Gl);var vz=[-3,E,q4,{[N]:k},[D],[0]];P.registerError(vz,Wl);var Az=[-3,E,V4,{[N]:k},[D],[0]];P.registerError(Az,Bl);var bz=[-3,E,J4,{[N]:k},[D],[0]];P.registerError(
bz,Ll);var Pz=[-3,E,Y4,{[N]:k},[D],[0]];P.registerError(Pz,Ul);var Oz=[-3,E,X4,{[N]:k},[D],[0]];P.registerError(Oz,Cl);var Nz=[-3,E,Q4,{[N]:k},[D],[0]];P.registerError(
Nz,rd);var Dz=[-3,E,Z4,{[N]:k},[D],[0]];P.registerError(Dz,nd);var kz=[-3,E,W4,{[N]:k},[D],[0]];P.registerError(kz,ud);var $z=[-3,E,eG,{[N]:k},[D],[0]];P.registerError(
$z,Fl);var Lz=[-3,E,K4,{[N]:k},[D],[0]];P.registerError(Lz,Dl);var Uz=[-3,E,rG,{[N]:k,[$G]:400},[D],[0]];P.registerError(Uz,vl);var oN=[rN,P],Fz=[3,E,G2,0,[qG,$j],
[0,0],1],Mz=[3,E,j2,0,[dG,xG,nj],[0,4,0]],Hz=[3,E,V2,0,[sG,gG,FG,HO,rj,oj,XG,jG,aj,Me],[0,0,0,64,0,4,4,1,0,0]];var Bz=[3,E,J2,0,[Me,$O,Fe,pG],[0,()=>cN,0,64],2],Gz=[3,E,Y2,0,[LG,IG],[()=>DV,()=>NV]];var jz=[3,E,Q2,0,[Me,Fe,ZO,BO,GO,FO,NO],[0,0,()=>UV,0,()=>pN,()=>iN,()=>nN],1],zz=[3,E,Z2,0,[fj],[()=>aN]],Vz=[3,E,e3,0,[hG,KO,XO,kh],[1,0,0,0]],qz=[3,E,t3,0,[tj,
gj],[0,0]],Wz=[3,E,o3,0,[uG,JO,Tj,KO,kh],[()=>AV,1,0,0,0]];var Kz=[3,E,l3,0,[Me,os,Fe,ns,Dh],[0,()=>gn,0,0,1],2],Jz=[3,E,d3,0,[Fe,Me,os,Nh,HG,ns],[0,0,()=>gn,()=>$h,()=>aV,0]],Yz=[3,E,i3,0,[Aj,UO],[0,0]];var Xz=[3,E,a3,0,[Me,Fe,$O,ns,Dh,kO],[0,0,()=>cN,0,1,()=>Yz],1],Qz=[3,E,c3,0,[UG,ns],[()=>OV,0]];var Zz=[3,E,u3,0,[Fe,lj,ns,Dh],[0,64,0,1]],eV=[3,E,m3,0,[xj,ns],[()=>$V,0]];var nN=[3,E,h3,0,[_G,KG],[0,0],1];var tV=[3,E,y3,0,[iG,bh,TG,bG,QG,ij,Ej,Sj,JO,Rj,YO,QO,Pj,eN,Nj,CG,SG],[0,0,0,4,4,()=>lV,()=>hV,()=>LV,1,()=>xV,0,0,0,0,4,0,0]];var rV=[3,E,_3,0,[pj],[64]],oV=[3,E,w3,0,[aG],[()=>vV]];var sN=[3,E,I3,0,[Fe,Me,os,LO,Oh],[0,0,()=>gn,0,0]],nV=[3,E,v3,0,[Fe,Me,Ph,HO,GG,MG,Nh,BG,Oh,lG,ZG,wj,UO,JG,YG],[0,0,0,64,1,4,()=>$h,()=>cV,0,0,4,0,0,4,4]],sV=[
3,E,P3,0,[os,vG,OG],[()=>gn,0,0]],gn=[3,E,N3,0,[Ph,jO],[0,0]];var iV=[3,E,B3,0,[VO,bh,Oj,YO,fG],[0,0,0,0,()=>CV]],aV=[3,E,z3,0,[MO,tN,DO,DG,RG],[4,4,129,()=>kV,()=>PV]],cV=[3,E,j3,0,[MO,tN,DO],[4,4,129]],iN=[3,E,M3,0,[Ij],
[2]],$h=[3,E,V3,0,[QO,bh],[0,0]];var pV=[3,E,W3,0,[NG,kO],[0,0],2];var lV=[3,E,f4,0,[OO,dj,mj,XO,Cj,Lj,Mj,Hj,Uj,Fj],[()=>bV,64,64,0,0,4,0,4,0,()=>FV]];var dV=[3,E,a4,0,[Me,LO,Fe,Oh,jO,Ph],[0,0,0,0,0,0],2],uV=[3,E,c4,0,[VG],[()=>sN]];var mV=[3,E,l4,0,[Me,zO,Fe],[0,0,0],2],fV=[3,E,d4,0,[Fe,Me,zO],[0,0,0]];var gV=[3,E,g4,0,[kj,bj],[0,0]];var hV=[3,E,A4,0,[hj],[()=>gV]];var aN=[3,E,b4,0,[cj,Fe,Me,uj,yG,BO,GO,FO,NO],[0,0,0,0,4,0,()=>pN,()=>iN,()=>nN]];var yV=[3,E,P4,0,[EG,zG,ZO,eN],[()=>EV,0,128,0]],EV=[3,E,S4,0,[cG],[()=>Hz]];var xV=[3,E,N4,0,[OO],[()=>Wz]],SV=[3,E,H4,0,[Me,qO,Fe,kG],[0,0,0,2],2],RV=[3,E,B4,0,[Fe,Me,qO],[0,0,0]];var _V=[3,E,$4,0,[Me,os,Fe],[0,()=>gn,0],2],wV=[3,E,L4,0,[Fe,Me,os,Nh],[0,0,()=>gn,()=>$h]];var IV=[3,E,G4,0,[Y3,tG],[0,0],2];var TV=[3,E,oG,0,[mG,wG,PG,VO,sj,yj,_j,kh,AG],[0,1,0,0,0,0,0,0,0]];var CV=[1,E,q2,0,()=>Fz],vV=[1,E,z2,0,()=>Mz];var AV=[1,E,r3,0,()=>qz],bV=[1,E,n3,0,()=>Vz],PV=[1,E,E3,0,()=>tV];var OV=[1,E,b3,0,()=>nV],NV=[1,E,O3,0,()=>sV],cN=[1,E,D3,0,()=>gn],DV=[1,E,k3,0,()=>sN];var kV=[1,E,G3,0,()=>iV];var pN=[1,E,K3,0,()=>pV];var $V=[1,E,_4,0,()=>aN];var LV=[1,E,w4,0,()=>yV];var UV=[1,E,z4,0,()=>IV];var FV=[1,E,nG,0,()=>TV];var lN=[9,E,K2,0,()=>Bz,()=>Gz];var dN=[9,E,X2,0,()=>jz,()=>zz];var uN=[9,E,s3,0,()=>Xz,()=>Qz],mN=[9,E,p3,0,()=>Kz,()=>Jz];var fN=[9,E,f3,0,()=>Zz,()=>eV];var gN=[9,E,R3,0,()=>rV,()=>oV];var hN=[9,E,i4,0,()=>dV,()=>uV];var yN=[9,E,p4,0,()=>mV,()=>fV];var EN=[9,E,M4,0,()=>SV,()=>RV],xN=[9,E,k4,0,()=>_V,()=>wV];var SN=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??PO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??xO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new we,protocol:t?.protocol??rn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:oN,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
ee});var RN=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=SN(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Tt,credentialDefaultProvider:t?.credentialDefaultProvider??
zi,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:wO.version}),maxAttempts:t?.
maxAttempts??I(Jt,t),region:t?.region??I(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(bt,n),useFipsEndpoint:t?.useFipsEndpoint??I(Pt,n),userAgentAppId:t?.
userAgentAppId??I(er,n)}};M();v();F();var _N=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
wN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var IN=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),_N(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),wN(r))};var Ed=class extends Te{config;constructor(...[e]){let r=RN(e||{});super(r),this.initConfig=r;let o=RO(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ir(a),l=SO(c),d=IN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(cr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:EO,identityProviderConfigProvider:async u=>new ze({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};v();K();var ye=Lt(_O,"AmazonEC2ContainerRegistry_V20150921","ECRClient",ar),Ee={},xe=(t,e,r,o)=>[];var xd=class extends ye(Ee,xe,"BatchGetImage",lN){};var Sd=class extends ye(Ee,xe,"CreateRepository",dN){};var Rd=class extends ye(Ee,xe,"DescribeImageScanFindings",mN){};var _d=class extends ye(Ee,xe,"DescribeImages",uN){};var wd=class extends ye(Ee,xe,"DescribeRepositories",fN){};var Wi=class extends ye(Ee,xe,"GetAuthorizationToken",gN){};var Id=class extends ye(Ee,xe,"PutImage",hN){};var Td=class extends ye(Ee,xe,"PutLifecyclePolicy",yN){};var Cd=class extends ye(Ee,xe,"SetRepositoryPolicy",EN){};var vd=class extends ye(Ee,xe,"StartImageScan",xN){};var Lh=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],MV=5,Uh=100,HV=4,No=t=>t?.name??"",ss=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new Ed(
Rn(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAutho\
rizationToken",()=>this.ecr.send(new Wi(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Ad(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new Wi({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Ad(o))}async findRepository(e){
let r=await this.describe(e);return r&&Fh(r,!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new pe(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");let n=BV(e,r);try{let s=await this.call("CreateRepository",()=>this.ecr.
send(new Sd({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return Fh(s.repository,!0)}catch(s){if(No(
s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;return Fh(i,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,Mh.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new Td({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,Mh.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Cd({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,n=Array.from({length:Math.ceil(r.length/Uh)},(i,a)=>r.slice(a*Uh,(a+1)*Uh)),s;try{s=await Promise.all(n.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new xd({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:Lh}),this.sendOptions))))}catch(i){if(No(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<MV;n++){
let s;try{s=await this.call("DescribeImages",()=>this.ecr.send(new _d({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}),
this.sendOptions))}catch(i){if(No(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&
!i.artifactMediaType?.includes("artifact")&&Lh.includes(i.imageManifestMediaType??Lh[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}
return r?.digest}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new Id({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,
imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(No(n)==="ImageAlreadyExistsException")return;throw No(
n)==="ImageTagAlreadyExistsException"?new pe(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the t\
ag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.call("DescribeImageScanFindings",()=>this.ecr.send(new Rd({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}),this.sendOptions))}catch(n){if(No(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.call("StartImageScan",()=>this.ecr.send(new vd({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}),this.sendOptions))}async describe(e){
try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new wd({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){
if(No(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await eo(this.deadline,`ECR ${e}`,r)}catch(o){let n=No(o);if(o instanceof Ke||
/NotFound|AlreadyExists/.test(n))throw o;if(n==="CredentialsProviderError")throw new pe(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to u\
se the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=_n(o);if(s.transient)throw new pe(
`ECR ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,wn("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/ExpiredToken/.
test(n)?new pe(`ECR ${e} failed: the AWS credentials have expired (${n}: ${o.message})`,"with role-to-assume they are refreshed before they expire; ambient cred\
entials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:o}):/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new pe(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new pe(i,void 0,{cause:o})}}};function Ad(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new pe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function Fh(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function BV(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.
length>zd)throw new pe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${zd} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.
join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}
function GV(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Hh(t,e){let r=t.exclusionFilters.some(o=>GV(
o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function TN(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(HV,n.length)},s))}var jV="us-east-1",zV=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function VV(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var Ki=t=>t?.name??"",bd=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new ul(Rn(jV,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new yl({})),this.registryUri??this.describeRegistryUri()]);return Ad(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new gl({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new pe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new hl({registryId:this.
registryId,repositoryNames:[Hr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Ki(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new pe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new ml({repositoryName:Hr(e.repository),catalogData:VV(e)}));return this.info(
o.repository,!0)}catch(o){if(Ki(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new xl({registryId:this.registryId,repositoryName:Hr(e.repository),policyText:(0,CN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new fl({registryId:this.registryId,repositoryName:Hr(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Ki(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Hr(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await yO(i,a,r.digest,zV,this.deadline?.signal))}try{await this.send("PutImage",new El(
{registryId:this.registryId,repositoryName:Hr(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(Ki(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}async call(e,r){try{return await eo(this.deadline,`ECR\
 Public ${e}`,r)}catch(o){let n=Ki(o);if(o instanceof Ke||/NotFound|AlreadyExists/.test(n))throw o;let s=_n(o);if(s.transient)throw new pe(`ECR Public ${e} fail\
ed after ${s.attempts} attempt(s): ${n}: ${o.message}`,wn("ECR",s.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(
n)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\` prin\
ts the policy)`:void 0;throw new pe(`ECR Public ${e} failed: ${n}: ${o.message}`,i,{cause:o})}}};var vN=require("node:fs");async function Bh(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new ss(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var qV=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
WV=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Gh(t){let e;try{e=(0,vN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function AN(t,e,r,o){
if(!qV.test(t))return;let n=Gh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=WV.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var Tr=[...Uo,"INFORMATIONAL","UNDEFINED"],KV=10,JV=1e3,YV=15e3,XV=2e4,QV=new Set(["COMPLETE","ACTIVE"]),ZV=new Set(["IN_PROGRESS","PENDING"]),eq=t=>new Promise(
e=>setTimeout(e,t));async function PN(t,e){try{return await tq(t,e)}catch(r){if(r instanceof Qr)throw r;let o=hn(r);return Pd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function tq(t,e){
let r=e.sleep??eq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=JV,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&QV.has(d))return nq(e,await oq(t,e,l));if(l&&!ZV.has(d))return Pd(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+XV):s)-o();if(!l&&!a&&m<=0)return rq(e,o()-n);if(m<=0)return Pd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,YV)}}function rq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Pd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function oq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function nq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Tr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(iq),...(a.imageScanFindings?.enhancedFindings??[]).map(
aq)]),s=a=>{let c=Tr.indexOf(a.severity);return c<0?Tr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,KV).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:sq(o,t.threshold)}}function Pd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function sq(t,e){return e==="none"?"off":Uo.slice(0,Uo.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function ON(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Od(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new ps(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=Uo.slice(0,Uo.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new ps(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var bN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function iq(t){let e=[bN(t,"package_name"),bN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function aq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var cq=(t,e,r,o)=>new ss(t,e,r,o);function Nd(t){let e=new hs(t.options.timeoutSeconds),r=Zc.create(t.env);return e.bound(()=>pq(t,e,ys(t.env,r.dir))).finally(()=>r.
remove())}async function pq(t,e,r){let{options:o,context:n,reporter:s}=t,i=new cn(t.run,s,e,r),a=ms(o);if(!o.image){for(let h of vy(a,t.env))s.secret(h);Cy(a,t.
env)}let c=o.image?{}:uC(o,a),l=!o.image&&(c.buildx||c.buildkit||nu(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=DN(t);await d,o.image||i.builder().
catch(()=>{});let m=await s.phase("Credentials",()=>$N(t,u,e)),f=(t.openRegistry??NN(o))(n.region,m,o.registryId,e),g=()=>Bh(o.pullRegistries,n.region,m,e);try{
return await new jh(t,i,f,g).run()}finally{f.close()}}function NN(t){return t.registryType==="public"?(e,r,o,n)=>new bd(r,o,n):cq}function Dd(t){let e=new hs(t.
options.timeoutSeconds);return e.bound(()=>lq(t,e))}async function lq(t,e){let r=new cn(t.run,t.reporter,e,ys(t.env)),o=r.check(),n=DN(t);await o;let s=await t.
reporter.phase("Credentials",()=>$N(t,n,e)),i=(t.openRegistry??NN(t.options))(t.context.region,s,t.options.registryId,e);try{return await t.reporter.phase("Logi\
n",async()=>{let[a,c]=await Promise.all([i.login(),Bh(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(
d.host),await r.login(d);return{registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}function DN(t){if(t.options.roleToAssume)return ig(kN(
t)).catch(e=>e)}function kN({options:t,context:e,platformToken:r,env:o}){return{ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,
platformToken:r,env:o}}async function $N(t,e,r){let{options:o,context:n,reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS c\
redential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);
let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.roleDurationSeconds,region:n.region},c=await ag(a,i.token,s,r);return iC(c,async()=>{let l=await ig(
{...kN(t),renew:!0});return s.info(`Renewing the credentials of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),ag(a,l.token,s,r)})}
var jh=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=e.context.commitSha,this.tags=[...new Set(
[this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){try{let e=await this.steps(),
r=await this.scan(e);return{outputs:{...e,"scan-findings":ON(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.
req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,ly(this.o.tags,this.req.context.release)):this.lookUpRepository(),
this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=this.o.push?this.inBackground(
this.ecr.applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Hh(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(r,o,i),
i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(r,i,
o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&Gh(fs(this.o)).includes(r.uri.split("/")[0]),c=this.o.cache&&!this.o.image&&this.
ecr.latestImage!==void 0,l=this.o.push||a?this.inBackground(e.track("Login",()=>this.login())):void 0,d=this.o.pullRegistries.length&&!this.o.image?this.inBackground(
this.loginPullRegistries()):void 0,u=c?this.cacheSource(r,()=>l??this.login()):void 0;a&&await l,await d;let m=await e.phase(this.o.image?"Tag":"Build",()=>this.
produceImage(r,u));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([l,n]);let f=m??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,
()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let g=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!g||g.digest!==
f)throw new pe(`ECR does not show ${this.sha} at the pushed digest ${f}`);await this.copyTags(r,g,o)}),this.verified(r,f,!0)}async cacheSource(e,r){try{let o=await this.
ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}let n=`${e.uri}@${o}`;return await r(),
await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),n)}catch(o){if(o instanceof Qr)throw o;
this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("sca\
n-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)
throw new pe("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>PN(n,{repository:this.
o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(
s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;
let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){
let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pul\
l registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let n of this.tags){
let s=r.get(n);if(!(!s||!Hh(e,n)||o&&s.digest===o.digest))throw new pe(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is n\
ot the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e,r){
let o=this.tags.map(d=>`${e.uri}:${d}`);if(this.o.image){for(let d of o)await this.docker.tag(this.o.image,d);return}Qd(this.o);let n=this.req.context,s={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};n.sourceUrl&&(s["org.opencontainers.image.source"]=n.sourceUrl),
n.release.version&&(s["org.opencontainers.image.version"]=n.release.version);for(let d of this.o.labels){let u=d.indexOf("=");s[d.slice(0,u)]=d.slice(u+1)}let i=await this.
docker.builder(),a=i==="buildx"&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),l=await this.docker.build({context:this.o.context,dockerfile:fs(
this.o),tags:a?o.slice(0,1):o,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:r?{from:await r}:void 0,secrets:ms(this.o),
provenance:this.o.provenance,pushFromBuilder:a},i).catch(d=>{let u=d instanceof _t&&AN(d.message,fs(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.
region);throw u?new _t(d.message,u):d});if(a&&!l)throw new _t("buildx pushed but reported no digest");return l}async copyTags(e,r,o){let n=this.tags.slice(1).filter(
s=>o.get(s)?.digest!==r.digest);await TN(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.tags),s=this.tags.filter(
i=>n.get(i)?.digest!==r);if(s.length)throw new pe(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another delivery may have moved them at \
the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.
sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var Ji=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Yi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Ji;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var LN=t=>Math.round(t*1e3),UN=t=>t.replace(/[:#;]/g," ").trim()||"phase";function FN(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=LN(r.start),s=Math.max(LN(r.end),n+1);e.push(`  section ${UN(r.title)}`,`  ${UN(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function MN(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var Qi=t=>e=>t[ty(e)];function Xi(t){let e=hn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function kd(t,e){let r=new Yi(process.stderr);try{let o=Sn(t),n=xn(o),{outputs:s,scan:i}=await Nd({options:o,context:n,reporter:r,run:Fo,env:process.
env});r.info(uq(s,r.clock,i)),e(s);let a=Od(i,s["image-ref"]);return a.warning&&r.warning(a.warning),a.failure?Xi(a.failure):0}catch(o){return Xi(o)}}async function $d(t,e){
let r=new Yi(process.stderr);try{let o=Sn(t,"login"),n=xn(o,process.env,"login"),{registry:s}=await Dd({options:o,context:n,reporter:r,run:Fo,env:process.env});
return r.info(HN(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return Xi(o)}}function dq(t){return t.pushed?"true":t.digest?"false (the SHA tag\
 was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function uq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.
digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Fr.filter(({name:i})=>i!=="scan-findings"||r).map(({name:i})=>[i,i==="pushed"?dq(t):Do(
t,i)||"-"]),s=MN(e.byStart).map(i=>`    ${i}`);return[HN(o,n,e),"  timeline",...s,...r?mq(r):[]].join(`
`)}function mq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Tr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Tr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Tr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function HN(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var fq=["deliver","login"],BN="ECR_DELIVER_COMMAND",gq=t=>`'${t.replace(/'/g,"'\\''")}'`,zN=(t,e)=>`export ${ry(t)}=${gq(e)}
`;function hq(t){return Fr.map(({name:e})=>zN(e,Do(t,e))).join("")}function GN(t,e){t.BASH_ENV?(0,jN.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function VN(t=process.env){let e=t[BN]||"deliver";e==="login"?process.exitCode=await $d(Qi(t),r=>GN(t,zN("registry",r))):e==="deliver"?process.exitCode=
await kd(Qi(t),r=>GN(t,hq(r))):(process.stderr.write(`ecr-deliver: ${BN}: ${ls(e)} is not one of ${fq.join(", ")}
`),process.exitCode=2)}var sD=require("node:util");var XN=require("node:util");var yq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],zh=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Eq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(yq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...zh]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function xq(t){return`arn:${$o(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function qN(t){if(t.
registryType==="public")return _q(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Eq(
t),Resource:xq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${$o(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${$o(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...QN(t)),{Version:"2012-10-17",
Statement:e}}function QN(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${$o(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:zh.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${$o(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...Sq,...zh].sort(),Resource:n.length===1?n[0]:n}),e}function ZN(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var Sq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],WN=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],Rq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function _q(t){let e=t.push?WN:[...WN,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of Rq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...QN(t)]}}var wq="token.actions.githubusercontent.com",Iq="oidc.circleci.com/org";function Tq(t){
let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"ma\
in"}`;return`repo:${t.repo}:${e}`}function Cq(t){let e=$o(t.region),r,o,n;if(t.provider==="github")r=t.githubIssuer??wq,o=t.audience??"sts.amazonaws.com",n=Tq(t);else if(t.
provider==="circleci")r=`${Iq}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else
return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[
{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function vq(t){let e=Cq(
t);return e?{permissionsPolicy:qN(t),trustPolicy:e}:{permissionsPolicy:qN(t)}}var Vh=[{name:"repository",value:"NAME",description:"ECR repository the role deliv\
ers to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},{name:"aws-region",value:"\
REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"Account that owns the \
registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens the role trusts (defaul\
t: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: st\
s.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID whe\
n its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns allowed)."},{name:"ta\
g",value:"TAG",description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of --branch)."},{name:"environmen\
t",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"pull-request",value:"true|f\
alse",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"org-id",value:"UUID",description:"\
CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"UUID",description:"CircleCI project id allowed to deliver (required wit\
h --org-id: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",value:"REF",description:"CircleCI: pin the git ref too, e.g\
. refs/heads/main (matched in the sub of CIRCLE_OIDC_TOKEN_V2, which the orb uses; `*` patterns allowed)."},{name:"github-issuer",value:"HOST",description:"GitH\
ub Enterprise Server's OIDC issuer, HOST/_services/token (default: token.actions.githubusercontent.com)."},{name:"pull-registries",value:"IDS",description:"Base\
-image registries the build pulls from: account ids or ID@REGION, comma-separated (as given to the delivery)."},{name:"pull-repositories",value:"PATTERNS",description:"\
Repositories of those registries the build pulls, name patterns, comma-separated (default: every repository, `*`)."},{name:"pull-through",value:"PREFIXES",description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds ecr:BatchImportUpstreamImage and ecr:CreateRepository on PREFIX/*)."},{name:"regis\
try-type",value:"private|public",description:"public: the ECR Public actions instead (default: private, or public for a public.ecr.aws/ repository)."},{name:"cr\
eate-repository",value:"true|false",description:"The delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"\
The delivery applies a lifecycle policy (default: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (d\
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the layer cache (default: true)."},{name:"push",value:"true|false",description:"\
The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encrypt\
ion of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository\
 (default: any key of the account)."},{name:"scan-wait",value:"true|false",description:"The delivery waits for the image scan (default: false)."},{name:"scan-st\
art",value:"true|false",description:"With --scan-wait: the delivery may start a scan (default: false)."},{name:"only",value:"permissions|trust",description:"Pri\
nt just that one policy document, ready for `aws iam \u2026 file://`."}],eD="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",tD="[A-Za-z0-9._-]{1,100}",Aq=new RegExp(`^${eD}\
/${tD}$`),bq=new RegExp(`^${eD}@\\d{1,20}/${tD}@\\d{1,20}$`),KN=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Pq=/^[^\x00-\x1f\x7f:]{1,255}$/,JN=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
Oq=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,Nq=Mr("github","circleci","none"),Dq=Mr("permissions","trust");function YN(t,e){
if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new w(t,e,"contains control characters");return!0}function rD(t,e=process.
env){let{values:r,positionals:o}=(0,XN.parseArgs)({args:t,options:Object.fromEntries(Vh.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)
throw new w("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let n=R=>{let T=r[R]?.trim();return T===""?
void 0:T},s=(R,T)=>{let H=n(R);if(H===void 0)throw new w(R,"",`is required: ${T}`);return H},i=(R,T)=>{let H=n(R);return H!==void 0&&Zr(R,H,T(H)),H},a=s("reposi\
tory","the ECR repository the role delivers to");Zr("repository",a,Se.repository(a));let c=Jd(n("aws-region"),e),l=s("account-id","the 12-digit AWS account id o\
f the role");Zr("account-id",l,Se.account(l));let d=hr("registry-id",n("registry-id")),u=["repo","branch","tag","environment","pull-request","github-issuer"].filter(
R=>n(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>n(R)!==void 0),f=n("provider"),g=f!==void 0?Nq.parse(f,"provider"):u.length?"github":m.length?"c\
ircleci":void 0;if(!g)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let h=g==="github"?m:g==="circleci"?u:[...u,
...m];if(h.length)throw new w(h[0],n(h[0]),`does not apply to --provider ${g}`);let y=i("audience",Se.audience),x={repository:a,region:c,accountId:l,registryId:d,
provider:g,audience:y,createRepository:hr("create-repository",n("create-repository")),lifecyclePolicy:YN("lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:YN(
"repository-policy",n("repository-policy")),cache:hr("cache",n("cache")),push:hr("push",n("push")),encryptionType:hr("encryption-type",n("encryption-type")),scanWait:hr(
"scan-wait",n("scan-wait")),scanStart:hr("scan-start",n("scan-start"))};if(x.kmsKey=i("kms-key",me(Oq,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1\
:123456789012:key/\u2026`")),x.kmsKey&&x.encryptionType!=="KMS")throw new w("kms-key",x.kmsKey,"needs --encryption-type KMS");if(g==="github"){let R=s("repo","t\
he GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!Aq.test(R)&&!bq.test(R))throw new w("repo",R,"is not a GitHub repository like `octo-org/octo-repo\
`, or `octo-org@123456/octo-repo@456789` with the immutable ids");x.repo=R,x.environment=i("environment",me(Pq,"is not a GitHub environment name (1\u2013255 characte\
rs, no `:`)"));let T=n("branch")?.replace(/^refs\/heads\//,"");if(T!==void 0&&x.environment!==void 0)throw new w("branch",T,"cannot be combined with --environme\
nt: a job with an environment gets `environment:NAME` as its OIDC subject");if(T!==void 0&&!KN.test(T))throw new w("branch",T,"is not a git branch name");let H=n(
"pull-request");if(x.pullRequest=H!==void 0&&Je.parse(H,"pull-request"),x.pullRequest&&(T!==void 0||x.environment!==void 0))throw new w("pull-request",n("pull-r\
equest"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");let Z=n("tag")?.replace(/^refs\/tags\//,
"");if(Z!==void 0&&(T!==void 0||x.environment!==void 0||x.pullRequest))throw new w("tag",Z,"cannot be combined with --branch, --environment or --pull-request: a\
 tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`");if(Z!==void 0&&!KN.test(Z))throw new w("tag",Z,"is not a git tag name");x.tag=Z,x.environment===
void 0&&!x.pullRequest&&Z===void 0&&(x.branch=T??"main")}else if(g==="circleci"){let R=s("org-id","the CircleCI organization id (a UUID, Organization Settings >\
 Overview)");if(!JN.test(R))throw new w("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");x.orgId=R;let T=s("project-id","the CircleCI project \
id (a UUID, Project Settings > Overview): without it every project of the org could deliver");if(!JN.test(T))throw new w("project-id",T,"is not a CircleCI proje\
ct id (a lowercase UUID)");x.projectId=T,x.vcsRef=i("vcs-ref",me(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(x,kq(n)),
a.startsWith("public.ecr.aws/")&&(x.registryType="public"),g==="github"&&n("github-issuer")!==void 0&&(x.githubIssuer=i("github-issuer",me(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let S=n("only"),A=S===void 0?void 0:Dq.parse(S,"o\
nly");if(A==="trust"&&g==="none")throw new w("only",S,"needs a --provider: `none` has no trust policy");return{request:x,only:A}}function kq(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new w(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new w("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new w("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let n=e("pull-through");for(let i of n)if(i.length<2||i.length>30||Se.repository(i))throw new w("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let s=t("registry-type")?.toLowerCase();if(s!==void 0&&s!=="p\
rivate"&&s!=="public")throw new w("registry-type",s,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:n,registryType:s}}function oD(t,e){
let r=vq(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var nD="0.1.0";var qh=gs.filter(t=>!t.githubOnly),iD=["iam-policy","login"];function Wh(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function Lq(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...qh.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${Wh(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Fr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function Uq(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...qh.filter(e=>ia.includes(e.name)).
map(e=>`  --${e.name} <value>
${Wh(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function Fq(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Vh.map(t=>`  --${t.name} ${t.value}
${Wh(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function aD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${ls(s)} is not a command or flag: use ${iD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function Mq(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,sD.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${aD(o,r)}
`),process.exitCode=2;return}}function Hq(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${Fq()}
`),0;try{let{request:e,only:r}=rD(t.filter(o=>o!=="--json"));process.stdout.write(oD(e,r));for(let o of ZN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${aD(e,"iam-policy")}
`),2):Xi(e)}}async function cD(t){let e=iD.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=Hq(t.slice(1));return}let r=e?t.slice(1):t,o=Mq(r,e==="lo\
gin"?ia:qh.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?Uq():Lq()}
`);if(o.version)return void process.stdout.write(`${nD}
`);let n=Qi(process.env);if(e==="login"){let i=a=>ia.includes(a)?o[a]??n(a):void 0;process.exitCode=await $d(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await kd(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(oy(i))}
`)})}var Kh=require("node:fs"),Lr=require("node:os"),pD=require("node:stream");var Bq=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),is,lD=!0;function Zi(t){t.length&&(process.stdout.write(t),lD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var Jh=()=>lD?"":Lr.EOL,dD=new pD.Writable({write(t,e,r){is||(is=crypto.randomUUID().replace(/-/g,""),Zi(`${Jh()}::stop-commands::${is}${Lr.EOL}`)),
Zi(t),r()}});function ea(t,e=""){is&&(Zi(`${Jh()}::${is}::${Lr.EOL}`),is=void 0),Zi(`::${t}::${Bq(e)}${Lr.EOL}`)}function Ld(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function uD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,Kh.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var as=(t,e)=>uD("OUTPUT",t,e),Ud=(t,e)=>uD("STATE",t,e),Yh=t=>process.env[`STATE_${t}`]??"",Fd=t=>ea(
"add-mask",t),Md=t=>Zi(`${Jh()}${t}${Lr.EOL}`),Xh=t=>ea("warning",t),Gq=t=>ea("error",t);function mD(t){process.exitCode=1,Gq(t)}async function fD(t,e){ea("grou\
p",t);try{return await e()}finally{ea("endgroup")}}function Qh(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Kh.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var jq=4,
zq=1e4;async function Zh(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await qi(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:zq});if(i.status===200){let a=Vq(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Fd(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof gr)throw i;s=i.message}if(n>=jq)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function Vq(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var cs=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),ey=t=>`\`${t.replace(/`/g,"'")}\``;function gD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",ey(t.image)],["digest",t.digest?ey(t.digest):"(not pushed)"],["tags",t.tags.map(ey).join(" ")],["pushed",String(
t.pushed)],["timings",cs(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",FN(e.byStart),
""];return r&&s.push(...Wq(r),""),s.join(`
`)}function Wq(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${cs(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Tr.join(" | ")} |`,`|${Tr.map(()=>"-\
--:").join("|")}|`,`| ${Tr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${cs(r.name)}](${r.link})`:cs(r.name);e.push(`| ${o} | ${cs(r.severity)} | ${cs(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var hD="isPost",yD="registries",ED="skipLogout",Hd=class{clock=new Ji;output=dD;info=e=>Md(e);warning=e=>Xh(e);secret=e=>Fd(e);phase(e,r){return fD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},xD=t=>t[`STATE_${hD}`]==="true";async function SD(){Ud(hD,"true");let t=new Hd,e=new Set,r=o=>{e.add(o),Ud(yD,
JSON.stringify([...e]))};try{let o=Oy(l=>Ld(l));if(o.mode==="login")return await Kq(t,r,o);let n=Sn(l=>Ld(l)),s=xn(n),{outputs:i,scan:a}=await Nd({options:n,context:s,
reporter:t,run:Fo,env:process.env,platformToken:l=>Zh(l)});for(let{name:l}of Fr)as(l,Do(i,l));Qh(gD(i,t.clock,a));let c=Od(a,i["image-ref"]);if(c.warning&&Xh(c.
warning),c.failure)throw c.failure}catch(o){let n=hn(o);mD(n.hint?`${n.message}
Hint: ${n.hint}`:n.message)}}async function Kq(t,e,r){r.skipLogout&&Ud(ED,"true");let o=Sn(i=>Ld(i),"login"),n=xn(o,process.env,"login"),s=await Dd({options:o,context:n,
reporter:t,run:Fo,env:process.env,platformToken:i=>Zh(i),onLogin:e});as("registry",s.registry),as("registries",s.registries.join(",")),r.dockerCredentialsOutput&&
(Fd(s.login.password),as("docker-username",s.login.username),as("docker-password",s.login.password)),Md(`Logged in to ${s.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),Qh(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function RD(){let t=JSON.parse(Yh(yD)||"[]");if(Yh(ED)==="true"){Md(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new cn(
Fo,new Hd,void 0,ys(process.env));for(let r of t)await e.logout(r)}async function Jq(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?xD(
t)?RD():SD():e.length===0&&t.CIRCLECI==="true"?VN():cD(e)}Jq();
