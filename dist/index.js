#!/usr/bin/env node
"use strict";var eO=Object.create;var Vl=Object.defineProperty;var tO=Object.getOwnPropertyDescriptor;var rO=Object.getOwnPropertyNames;var oO=Object.getPrototypeOf,nO=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var St=(t,e)=>{for(var r in e)Vl(t,r,{get:e[r],enumerable:!0})},sO=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of rO(e))!nO.call(t,n)&&
n!==r&&Vl(t,n,{get:()=>e[n],enumerable:!(o=tO(e,n))||o.enumerable});return t};var go=(t,e,r)=>(r=t!=null?eO(oO(t)):{},sO(e||!t||!t.__esModule?Vl(r,"default",{value:t,enumerable:!0}):r,t));var Hi,Et,eh=p(()=>{Hi={warningEmitted:!1},Et=t=>{if(t&&!Hi.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){Hi.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(Hi.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function G(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var th=p(()=>{});function Rr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var rh=p(()=>{});var zO,xt,oh=p(()=>{zO=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",xt=(t,e)=>{if(zO()&&typeof t?.handle!="functi\
on")return e}});var Qn,Zl=p(()=>{Qn=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Zo,Bi,en=p(()=>{Zl();Zo=(t,e=0,r=t.byteLength-e)=>{if(!Qn(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},Bi=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var GO,ye,nh=p(()=>{en();GO=/^[A-Za-z0-9+/]*={0,2}$/,ye=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!GO.exec(t))throw new TypeError(
"Invalid base64 string.");let e=Bi(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var ne,zi=p(()=>{en();ne=t=>{let e=Bi(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var de,sh=p(()=>{en();zi();de=t=>{let e;if(typeof t=="string"?e=ne(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Zo(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function ih(t,e,r,o){return class Gi extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?Gi.mutate(o(s)):Gi.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,Gi.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var ah=p(()=>{});var re,ch=p(()=>{en();re=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Zo(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function ph(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Ue[e[0]]+Ue[e[1]]+Ue[e[2]]+Ue[e[3]]+"-"+Ue[e[4]]+Ue[e[5]]+"-"+Ue[e[6]]+Ue[e[7]]+"-"+Ue[e[8]]+Ue[e[9]]+"-"+Ue[e[10]]+Ue[e[11]]+Ue[e[12]]+Ue[e[13]]+
Ue[e[14]]+Ue[e[15]]}}var Ue,lh=p(()=>{Ue=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var yo,uh=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(yo||(yo={}))});var Pr,dh=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Pr||(Pr={}))});var mh=p(()=>{dh()});var dr,fh=p(()=>{dr="__smithy_context"});var _r,gh=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(_r||(_r={}))});var wr=p(()=>{uh();mh();fh();gh()});var oe,hh=p(()=>{wr();oe=t=>t[dr]||(t[dr]={})});function C(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var eu=p(()=>{});function jO(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var V,yh=p(()=>{V=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=jO(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var We,Sh=p(()=>{We=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var VO,Tr,Eh=p(()=>{VO=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Tr=(t,e=!1)=>{if(!e)return VO.test(t);let r=t.split(".");for(let o of r)if(!Tr(o))return!1;
return!0}});function tu(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var xh=p(()=>{});var J,Rh=p(()=>{J=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function _h(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var wh=p(()=>{});var fe,ru=p(()=>{wh();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=_h(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var Gr,Th=p(()=>{eu();ru();Gr=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)C(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var X=p(()=>{hh();eu();yh();Sh();Eh();xh();Rh();ru();Th()});var ou,WO,Ih,qO,Ah,Ch,vh,KO,bh,Ph,JO,ji,tn,Oh,XO,YO,Nh=p(()=>{ou=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&YO.warn(XO(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
WO=Math.ceil(2**127*(2-2**-23)),Ih=t=>{let e=ou(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>WO)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},qO=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},Ah=
t=>vh(t,16),Ch=t=>vh(t,8),vh=(t,e)=>{let r=qO(t);if(r!==void 0&&KO(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},KO=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},bh=t=>ou(typeof t=="string"?ji(t):t),Ph=t=>Ih(typeof t=="string"?
ji(t):t),JO=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ji=t=>{let e=t.match(JO);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},tn=t=>Ah(typeof t=="string"?ji(t):t),Oh=t=>Ch(typeof t=="string"?ji(t):t),XO=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),YO={warn:console.warn}});function So(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${QO[o]}, ${c} ${su[r]} ${e} ${l}:${u}:${d} GMT`}var QO,su,ZO,iu,eN,au,tN,rN,oN,
es,cu,Zn,nN,sN,iN,nu,aN,cN,pN,Ir,lN,uN,rn,Dh=p(()=>{Nh();QO=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],su=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];ZO=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),iu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=ZO.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,u=tn(rn(
o)),d=Ir(n,"month",1,12),m=Ir(s,"day",1,31);return Zn(u,d,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},eN=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
au=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=eN.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,u]=e,d=tn(rn(o)),m=Ir(n,"month",1,12),f=Ir(s,"day",1,31),g=Zn(d,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-uN(u)),g},tN=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
rN=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
oN=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
es=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=tN.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return Zn(tn(rn(s)),nu(n),Ir(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=rN.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return iN(Zn(nN(
s),nu(n),Ir(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=oN.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Zn(tn(rn(l)),nu(o),Ir(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},cu=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=bh(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Zn=(t,e,r,o)=>{let n=e-1;return cN(t,n,r),new Date(Date.UTC(t,n,r,Ir(o.hours,"hour",0,23),Ir(o.minutes,"\
minute",0,59),Ir(o.seconds,"seconds",0,60),lN(o.fractionalMilliseconds)))},nN=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+tn(rn(t));return r<e?
r+100:r},sN=50*365*24*60*60*1e3,iN=t=>t.getTime()-new Date().getTime()>sN?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,nu=t=>{let e=su.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},aN=[31,28,
31,30,31,30,31,31,30,31,30,31],cN=(t,e,r)=>{let o=aN[e];if(e===1&&pN(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${su[e]} in ${t}: ${r}`)},pN=t=>t%4===0&&
(t%100!==0||t%400===0),Ir=(t,e,r,o)=>{let n=Oh(rn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},lN=t=>t==null?0:
Ph("0."+t)*1e3,uN=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},rn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var qe,kh=p(()=>{qe=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};qe.from=t=>t&&typeof t=="object"&&(t instanceof qe||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?qe(String(t)):
qe(JSON.stringify(t));qe.fromObject=qe.from});function pu(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var $h=p(()=>{});function Or(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var lu,uu,du,Lh,Uh,dN,mN,fN,gN,hN,yN,mu,fu,gu,Mh=p(()=>{lu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",uu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",du="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",Lh="(\
\\d?\\d)",Uh="(\\d{4})",dN=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),mN=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
fN=new RegExp(`^${lu}, ${Lh} ${uu} ${Uh} ${du} GMT$`),gN=new RegExp(`^${lu}, ${Lh}-${uu}-(\\d\\d) ${du} GMT$`),hN=new RegExp(`^${lu} ${uu} ( [1-9]|\\d\\d) ${du}\
 ${Uh}$`),yN=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],mu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},fu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=dN.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Or(o,1,12),Or(n,1,31),Or(s,0,23),Or(i,0,59),Or(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},gu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(mN.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=fN.exec(t))?[,e,r,o,n,s,i,a]=c:(c=gN.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=hN.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),yN.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Or(e,1,31),Or(n,0,23),Or(s,0,59),Or(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function hu(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var Fh=p(()=>{});var ts,Hh=p(()=>{ts=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var Bh,Se,zh=p(()=>{Bh=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Se=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!Bh.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&Bh.test(r.string)}}});function rs(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in yu)e[r/2]=yu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function ie(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=Gh[t[r]];return e}var Gh,yu,Su=p(()=>{Gh={},yu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),Gh[t]=e,yu[e]=t}});var on,Rt,jh=p(()=>{on=require("node:fs"),Rt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof on.ReadStream){if(t.path!=null)
return(0,on.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,on.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var _t,Vh=p(()=>{zi();_t=t=>t instanceof Uint8Array?t:typeof t=="string"?ne(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function Vi(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Eu=p(()=>{});var Me,os=p(()=>{Me=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var _,Wi=p(()=>{os();_=class t extends Me{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var wt,Wh=p(()=>{os();wt=class t extends Me{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Eo,xu=p(()=>{os();Eo=(...t)=>async()=>{if(t.length===0)throw new Me("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var qh,Kh=p(()=>{qh=t=>()=>Promise.resolve(t)});var qi,Ru=p(()=>{qi=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var Tt,Ki=p(()=>{Tt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ke,Ji=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ke||(Ke={}))});var Jh,Xh,_u,SN,jr,ns=p(()=>{Jh=require("node:os"),Xh=require("node:path"),_u={},SN=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",jr=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${Xh.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=SN();return _u[n]||(_u[n]=(0,Jh.homedir)()),
_u[n]}});var Xi,Yh,Je,wu=p(()=>{Xi="AWS_PROFILE",Yh="default",Je=t=>t.profile||process.env[Xi]||Yh});var Qh,Zh,ss,Tu=p(()=>{Qh=require("node:crypto"),Zh=require("node:path");ns();ss=t=>{let r=(0,Qh.createHash)("sha1").update(t).digest("hex");return(0,Zh.join)(jr(),
".aws","sso","cache",`${r}.json`)}});var ey,is,as,Iu=p(()=>{ey=require("node:fs/promises");Tu();is={},as=async t=>{if(is[t])return is[t];let e=ss(t),r=await(0,ey.readFile)(e,"utf8");return JSON.parse(
r)}});var ty,ry=p(()=>{wr();ty=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(_r).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===_r.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var oy,EN,Yi,Au=p(()=>{oy=require("node:path");ns();EN="AWS_CONFIG_FILE",Yi=()=>process.env[EN]||(0,oy.join)(jr(),".aws","config")});var ny,xN,sy,iy=p(()=>{ny=require("node:path");ns();xN="AWS_SHARED_CREDENTIALS_FILE",sy=()=>process.env[xN]||(0,ny.join)(jr(),".aws","credentials")});var RN,_N,cs,Cu=p(()=>{wr();RN=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,_N=["__proto__","profile __proto__"],cs=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=RN.exec(a);if(c){let[,l,,u]=c;Object.values(
_r).includes(l)&&(r=[l,u].join("."))}else r=a;if(_N.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var ay,vu,ps,ls,Qi=p(()=>{ay=require("node:fs/promises"),vu={},ps={},ls=(t,e)=>ps[t]!==void 0?ps[t]:((!vu[t]||e?.ignoreCache)&&(vu[t]=(0,ay.readFile)(t,"utf8")),
vu[t])});var bu,cy,Zi,Pu=p(()=>{bu=require("node:path");ry();Au();iy();ns();Cu();Qi();cy=()=>({}),Zi=async(t={})=>{let{filepath:e=sy(),configFilepath:r=Yi()}=t,o=jr(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,bu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,bu.join)(o,r.slice(2)));let a=await Promise.all([ls(i,{ignoreCache:t.ignoreCache}).
then(cs).then(ty).catch(cy),ls(s,{ignoreCache:t.ignoreCache}).then(cs).catch(cy)]);return{configFile:a[0],credentialsFile:a[1]}}});var py,ly=p(()=>{wr();py=t=>Object.entries(t).filter(([e])=>e.startsWith(_r.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var wN,us,uy=p(()=>{Au();ly();Cu();Qi();wN=()=>({}),us=async(t={})=>ls(t.configFilepath??Yi()).then(cs).then(py).catch(wN)});var dy,my=p(()=>{dy=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var mr,fy=p(()=>{Pu();my();mr=async t=>{let e=await Zi(t);return dy(e.configFile,e.credentialsFile)}});var ds,gy=p(()=>{Iu();Qi();ds={getFileRecord(){return ps},interceptFile(t,e){ps[t]=Promise.resolve(e)},getTokenRecord(){return is},interceptToken(t,e){is[t]=e}}});function ea(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Ou=p(()=>{});var hy,yy=p(()=>{Wi();Ou();hy=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new _(r.message||`Not found in E\
NV: ${ea(t.toString())}`,{logger:e?.logger})}}});var Sy,Ey=p(()=>{Wi();wu();Pu();Ou();Sy=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Je(r),{configFile:n,credentialsFile:s}=await Zi(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let u=t(c,e==="config"?n:s);if(u===void 0)throw new Error;return u}catch(l){throw new _(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${ea(t.toString())}`,{logger:r.logger})}}});var TN,xy,Ry=p(()=>{Kh();TN=t=>typeof t=="function",xy=t=>TN(t)?async()=>await t():qh(t)});var w,Nu=p(()=>{xu();Ru();yy();Ey();Ry();w=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return qi(Eo(hy(
t,{signingName:n,logger:s}),Sy(e,o),xy(r)))}});var _y,wy,It,Ty=p(()=>{Ki();Ji();_y="AWS_USE_DUALSTACK_ENDPOINT",wy="use_dualstack_endpoint",It={environmentVariableSelector:t=>Tt(t,_y,Ke.ENV),configFileSelector:t=>Tt(
t,wy,Ke.CONFIG),default:!1}});var Iy,Ay,At,Cy=p(()=>{Ki();Ji();Iy="AWS_USE_FIPS_ENDPOINT",Ay="use_fips_endpoint",At={environmentVariableSelector:t=>Tt(t,Iy,Ke.ENV),configFileSelector:t=>Tt(t,
Ay,Ke.CONFIG),default:!1}});var Ro,Vr,nn,vy,by,Du=p(()=>{Ro=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},Vr=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,nn=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((m,f)=>vy[f.step]-vy[m.step]||by[f.priority||"normal"]-by[m.priority||"normal"]),s=d=>{let m=!1,
f=g=>{let y=Ro(g.name,g.aliases);if(y.includes(d)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let y of Ro(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let E of Ro(S.name,S.aliases))g[E]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let E of Ro(S.name,S.aliases))g[E]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${Vr(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},S=Ro(f,y);if(S.length>0){if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${Vr(f,y)}'`);for(let E of S){
let R=t.findIndex(I=>I.name===E||I.aliases?.some(A=>A===E));if(R===-1)continue;let T=t[R];if(T.step!==h.step||h.priority!==T.priority)throw new Error(`"${Vr(T.name,
T.aliases)}" middleware with ${T.priority} priority in ${T.step} step cannot be overridden by "${Vr(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(R,1)}}for(let E of S)o.add(E)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:d,...m},S=Ro(f,y);if(S.length>0){
if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${Vr(f,y)}'`);for(let E of S){let R=e.findIndex(I=>I.name===E||I.aliases?.some(A=>A===
E));if(R===-1)continue;let T=e[R];if(T.toMiddleware!==h.toMiddleware||T.relation!==h.relation)throw new Error(`"${Vr(T.name,T.aliases)}" middleware ${T.relation}\
 "${T.toMiddleware}" middleware cannot be overridden by "${Vr(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(R,1)}}for(let E of S)o.
add(E)}e.push(h)},clone:()=>a(nn()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?s(d):i(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(d)){let E=Ro(h,S);for(let R of E)o.delete(R);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(nn());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return Vr(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},vy={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},by={high:3,normal:2,low:1}});var we,Py=p(()=>{Du();we=class{config;middlewareStack=nn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Nr,ku=p(()=>{Nr=t=>typeof t=="function"?t():t});var ta,$u=p(()=>{ta=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Oy,Lu,Ny=p(()=>{X();$u();Oy=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=oe(r),[,i,a,c,l,u]=s??[];try{let d=await t.protocol.deserializeResponse(
ta(i,a,c,l,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(We.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:Lu(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Lu(/^x-[\w-]+-id-2$/,y),cfId:Lu(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw d}},Lu=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Dy,ky=p(()=>{X();$u();Dy=t=>(e,r)=>async o=>{let{operationSchema:n}=oe(r),[,s,i,a,c,l]=n??[],u=r.endpointV2?async()=>Gr(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(ta(s,i,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function Ct(t){return{applyToStack:e=>{e.add(Dy(t),Ly),e.add(Oy(t),$y),t.protocol.setSerdeContext(t)}}}var $y,Ly,Uy=p(()=>{Ny();ky();$y={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Ly={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function Wr(t){if(typeof t=="object")return t;if(t=t|0,ra[t])return ra[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return ra[t]=e}var ra,Uu=p(()=>{ra=[]});function fs(t,e){if(t instanceof M)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=M;return new r(t,e)}var ms,oa,na,M,Mu,My,Fy=p(()=>{ku();Uu();
ms={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},oa=[],na={},M=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Mu(n);)o.push(n[1]),n=n[0],s=Nr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,Wr(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=Nr(s),My(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(oa[e])return oa[e]}else if(typeof e=="string"){if(na[e])return na[e]}else if(r&&e[ms.ns])return e[ms.ns];let o=Nr(e);if(o instanceof
t)return o;if(Mu(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),Wr(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[ms.ns]=n:typeof o=="string"?na[o]=n:typeof o=="number"?oa[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return Wr(this.memberTraits)}getOwnTraits(){return Wr(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return fs([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return fs([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return fs(Mu(n)?n:[n,0],e)}if(this.isDocumentSchema())return fs([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[ms.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=fs([e[5][n],0],s);yield o[n]=[s,i]}e[ms.it]=o}};Mu=t=>Array.isArray(t)&&t.length===
2,My=t=>Array.isArray(t)&&t.length>=5});var Q,Hy=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Z=p(()=>{ku();Uy();Fy();Uu();Hy()});function sn(t,e){if(e==null)return e;let r=M.of(t);if(r.getMergedTraits().sensitive)return Fu;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Fu;if(Array.isArray(e))return e.map(n=>sn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Fu;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,sn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=sn(i,o[s]));return n}return e}var Fu,By=p(()=>{Z();Fu="***SensitiveInformat\
ion***"});var zy,rr,Hu,Bu=p(()=>{wr();Du();By();Z();zy=Symbol.for("@smithy/op-event-stream"),rr=class{middlewareStack=nn();schema;static classBuilder(){return new Hu}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let I of n.
bind(this)(d,e,r,o))this.middlewareStack.use(I);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[dr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[dr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let E,R=this.schema,T=R?.[zy];if(T!==void 0)
E=T;else if(R&&Array.isArray(R)&&R[0]===9){let[,,,,I,A]=R;E=R[zy]=!!(M.of(I).getEventStreamMember()||M.of(A).getEventStreamMember())}return E&&(S={isEventStream:E,
...S}),m.resolve(I=>h.handle(I.request,S),y)}},Hu=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends rr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?sn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?sn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Dr,Gy=p(()=>{Dr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,u,d){let m=new i(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),i({...u,client:this},a,...l)})}});var Xe,sa,jy=p(()=>{Xe=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},sa=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var vt,Vy=p(()=>{vt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var Wy,bt,qy=p(()=>{Wy=!1,bt=t=>{t&&!Wy&&parseInt(t.substring(1,t.indexOf(".")))<16&&(Wy=!0)}});var Ky,Jy,Xy,Yy=p(()=>{X();wr();Ky=Object.values(Pr),Jy=t=>{let e=[];for(let r in Pr){if(!C(Pr,r))continue;let o=Pr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();Ky.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},Xy=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();Ky.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var Qy,Zy,eS=p(()=>{Qy=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),Zy=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var Pt,Ot,tS=p(()=>{Yy();eS();Pt=t=>Object.assign(Jy(t),Qy(t)),Ot=t=>Object.assign(Xy(t),Zy(t))});var ia,rS=p(()=>{X();ia=t=>{let e="#text";for(let r in t)C(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=ia(t[r])));return t}});var Ee,oS=p(()=>{Ee=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Nt(t,e,r,o){return function(s,i,a,c,l={}){let u=Object.assign({},t,s);return rr.classBuilder().ep(u).m(function(d,m,f,g){let y=i.call(this,d,m,f,g);return y.
unshift(o(f,d.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var nS=p(()=>{Bu()});var v=p(()=>{X();X();Py();Bu();Gy();Vy();qy();jy();tS();rS();oS();nS()});var sS,zu,Gu,iS,aS,cS,pS,lS,uS,ju=p(()=>{sS="AWS_EXECUTION_ENV",zu="AWS_REGION",Gu="AWS_DEFAULT_REGION",iS="AWS_EC2_METADATA_DISABLED",aS=["in-region","cross-re\
gion","mobile","standard","legacy"],cS="/latest/meta-data/placement/region",pS="/latest/api/token",lS="x-aws-ec2-metadata-token",uS="x-aws-ec2-metadata-token-tt\
l-seconds"});var dS,IN,gS,aa,mS,AN,fS,Vu=p(()=>{ju();dS=1e3,IN=6e4,gS=0,aa=async()=>{if(!process.env[iS]&&!(Date.now()<gS))try{let t=AN(),e=(await fS({...t,path:pS,method:"P\
UT",headers:{[uS]:"21600"}})).toString();return(await fS({...t,path:cS,method:"GET",headers:{[lS]:e}})).toString().trim()||mS()}catch{return mS()}},mS=()=>{gS=Date.
now()+IN},AN=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},fS=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:dS,signal:AbortSignal.timeout(dS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var hS,yS,Ie,Ye,Wu=p(()=>{Vu();hS="AWS_REGION",yS="region",Ie={environmentVariableSelector:t=>t[hS],configFileSelector:t=>t[yS],default:async()=>{let t=await aa();
if(t)return t;throw new Error("Region is missing")}},Ye={preferredFile:"credentials"}});var SS,ES,xS=p(()=>{X();SS=new Set,ES=(t,e=Tr)=>{if(!SS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else SS.add(t)}});var ca,qu=p(()=>{ca=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var RS,_S=p(()=>{qu();RS=t=>ca(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Dt,wS=p(()=>{xS();_S();qu();Dt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=RS(o);return ES(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return ca(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var CN,vN,TS,IS=p(()=>{CN="AWS_DEFAULTS_MODE",vN="defaults_mode",TS={environmentVariableSelector:t=>t[CN],configFileSelector:t=>t[vN],default:"legacy"}});var kt,bN,PN,AS=p(()=>{Wu();Vu();Nu();Ru();ju();IS();kt=({region:t=w(Ie),defaultsMode:e=w(TS)}={})=>qi(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return bN(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${aS.join(", ")}, got ${r}`)}}),bN=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await PN();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},PN=async()=>process.env[sS]&&(process.env[zu]||process.
env[Gu])?process.env[zu]??process.env[Gu]:aa()});var U=p(()=>{os();Wi();Wh();xu();Ki();Ji();wu();Tu();Iu();uy();fy();gy();Nu();Ty();Cy();Wu();wS();AS()});var CS,vS,bS,PS=p(()=>{CS="AWS_ENDPOINT_URL",vS="endpoint_url",bS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[CS,...r].
join("_")];if(o)return o;let n=e[CS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),vS].join(".")];if(a)return a}let o=e[vS];if(o)return o},default:void 0})});var ON,NN,OS,NS=p(()=>{U();ON="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",NN="ignore_configured_endpoint_urls",OS={environmentVariableSelector:t=>Tt(t,ON,Ke.ENV),configFileSelector:t=>Tt(
t,NN,Ke.CONFIG),default:!1}});var gs,DS=p(()=>{U();PS();NS();gs=async t=>{if(!await w(OS)())return w(bS(t??""))()}});var Ku,DN,kN,$N,kS,$S,LS=p(()=>{Ku=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),$S(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!kS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},DN=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,kN=/(\d+\.){3}\d+/,$N=/\.\./,kS=t=>DN.test(t)&&!kN.test(t)&&!$N.test(t),$S=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var US=p(()=>{LS()});var MS,FS=p(()=>{MS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var Ju=p(()=>{X()});function pa(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(Gr(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await an(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var an,la=p(()=>{US();FS();Ju();an=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await MS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Ku(o),o}});function LN(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function ua(t){let e=pa(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&LN(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let u=oe(s)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var Xu=p(()=>{X();la()});function HS(t){let e=ua(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),MN)}})}var UN,MN,BS=p(()=>{Xu();UN={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},MN={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:UN.name}});function zS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>Gr(await J(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:J(n??!1),useFipsEndpoint:J(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var GS=p(()=>{X();Ju()});var Qe,jS=p(()=>{Qe=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var Ze,VS=p(()=>{Ze=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ce,WS=p(()=>{ce=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var kr=p(()=>{WS()});var Yu,qS=p(()=>{Yu="endpoints"});function cn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${cn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(cn).join(", ")})`:JSON.stringify(t,null,2)}var KS=p(
()=>{});var JS=p(()=>{qS();KS()});var Ae,Qu=p(()=>{Ae={}});var Zu,XS=p(()=>{Zu=(t,e)=>t===e});function ed(...t){for(let e of t)if(e!=null)return e}var YS=p(()=>{});var QS,ZS=p(()=>{kr();QS=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new ce(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new ce(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var hs,eE=p(()=>{kr();ZS();hs=(t,e)=>QS(e).reduce((r,o)=>{if(typeof r!="object")throw new ce(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var td,tE=p(()=>{td=t=>t!=null});function rd(t,e,r){return t?e:r}var rE=p(()=>{});var od,oE=p(()=>{od=t=>!t});var FN,pn,nd=p(()=>{FN=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),pn=t=>FN.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var sd,id,nE=p(()=>{wr();nd();sd={[yo.HTTP]:80,[yo.HTTPS]:443},id=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([E,R])=>`${E}=${R}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(yo).includes(c))return null;let l=pn(n),u=r.includes(`${o}:${sd[c]}`)||
typeof t=="string"&&t.includes(`${o}:${sd[c]}`),d=`${o}${u?`:${sd[c]}`:""}`;return{scheme:c,authority:d,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function ad(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var sE=p(()=>{});var cd,iE=p(()=>{cd=(t,e)=>t===e});var pd,aE=p(()=>{pd=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var ld,cE=p(()=>{ld=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var ud=p(()=>{XS();YS();eE();tE();X();rE();oE();nE();sE();iE();aE();cE()});var pE,lE=p(()=>{ud();pE={booleanEquals:Zu,coalesce:ed,getAttr:hs,isSet:td,isValidHostLabel:Tr,ite:rd,not:od,parseURL:id,split:ad,stringEquals:cd,substring:pd,uriEncode:ld}});var da,dd=p(()=>{ud();da=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(hs(o[l]??n[l],u))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var uE,dE=p(()=>{uE=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var _o,ma,mE,ys=p(()=>{kr();Qu();lE();dd();dE();_o=(t,e,r)=>{if(typeof t=="string")return da(t,r);if(t.fn)return mE.callFunction(t,r);if(t.ref)return uE(t,r);throw new ce(
`'${e}': ${String(t)} is not a string, function or reference.`)},ma=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=mE.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Ae[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=pE[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},mE={evaluateExpression:_o,
callFunction:ma}});var fE=p(()=>{ys()});var gE,hE=p(()=>{JS();kr();fE();gE=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ce(`'${r}' is already defined in Reference Record.`);let o=ma(
t,e);e.logger?.debug?.(`${Yu} evaluateCondition: ${cn(t)} = ${cn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var yE,SE=p(()=>{kr();ys();yE=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=_o(s,"Header value entry",e);if(typeof i!="string")throw new ce(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var md,EE,xE,RE=p(()=>{kr();dd();md=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=xE.getEndpointProperty(n,e),r),{}),EE=(t,e)=>{if(Array.isArray(t))return t.
map(r=>EE(r,e));switch(typeof t){case"string":return da(t,e);case"object":if(t===null)throw new ce(`Unexpected endpoint property: ${t}`);return xE.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ce(`Unexpected endpoint property type: ${typeof t}`)}},xE={getEndpointProperty:EE,getEndpointProperties:md}});var _E,wE=p(()=>{kr();ys();_E=(t,e)=>{let r=_o(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ce(`Endpoint URL must be a string, got ${typeof r}`)}});var fd,$t,TE=p(()=>{kr();hE();ys();SE();RE();wE();fd=1e8,$t=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<fd;){let l=3*(Math.abs(i)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[u],h=gE({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:E}=h.toAssign;a[S]=E}i=i>=0===h.result?d:m}if(i>=fd){let l=n[i-fd];if(l[0]===-1){let[,f]=l;throw new ce(_o(f,"Error",c))}let[u,d,m]=l;
return{url:_E(u,c),properties:md(d,c),headers:yE(m??{},c)}}throw new ce("No matching endpoint.")}});var GW,or,jW,nr,Y=p(()=>{DS();la();Xu();BS();GS();jS();VS();TE();nd();X();Qu();la();GW=pa(gs),or=zS(gs),jW=ua(gs),nr=HS(gs)});var Ss,fa,ga=p(()=>{Ss=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),fa=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var IE,AE=p(()=>{IE=t=>new TextEncoder().encode(t)});var CE,t6,vE,ha,gd,bE,PE=p(()=>{CE="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",t6=Object.entries(CE).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),vE=CE.split(""),ha=6,gd=8,bE=63});function OE(t){let e;typeof t=="string"?e=IE(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,u=Math.min(s+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*gd,a+=gd;let c=Math.ceil(a/ha);i<<=c*ha-a;for(let l=1;l<=c;l++){let u=(c-l)*ha;n+=vE[(i&
bE<<u)>>u]}n+="==".slice(0,4-c)}return n}var NE=p(()=>{AE();PE()});var DE,kE=p(()=>{DE=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function hd(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function yd(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return Vi(e,o)}var $E,Sd=p(()=>{Eu();ga();$E=async t=>fa(t)?hd(t):yd(t)});var LE,ME,UE,FE=p(()=>{NE();Su();kE();Sd();ga();LE="The stream has already been transformed.",ME=t=>{if(!UE(t)&&!Ss(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(LE);return e=!0,await $E(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return OE(s);if(n==="hex")return ie(s);if(n===void 0||n==="utf8"||n===
"utf-8")return DE(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(LE);if(e=!0,UE(t))return o(t);if(Ss(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},UE=t=>typeof Blob=="function"&&t instanceof Blob});var HE,Fe,Ed,xd=p(()=>{HE=require("node:stream");Eu();Sd();ga();Fe=t=>fa(t)?hd(t):Ss(t)?yd(t):new Promise((e,r)=>{let o=new Ed,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=Vi(this.bufferedBytes);e(s)})}),Ed=class extends HE.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var ya,BE,Es,zE=p(()=>{ya=require("node:stream");en();FE();xd();BE="The stream has already been transformed.",Es=t=>{if(!(t instanceof ya.Readable))try{return ME(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(BE);return e=!0,await Fe(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?Zo(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(BE);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof ya.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,ya.Readable.toWeb(t)}})}});function $r(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var GE=p(()=>{});var jE,ln,HN,Rd,un,O=p(()=>{jE=require("node:crypto");nh();sh();ah();zi();ch();lh();Dh();kh();$h();Mh();Fh();Hh();zh();Su();jh();Vh();Zl();zE();xd();X();GE();ln=
class extends ih(re,ne,de,ye){},HN=jE.getRandomValues,Rd=ph(HN),un=Rd});var He,dn=p(()=>{O();He=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return ln.mutate(t);if(!t)return ln.mutate(new Uint8Array);let r=e.streamCollector(
t);return ln.mutate(await r)}});function wo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var _d=p(
()=>{});var WE,Ce,BN,zN,GN,jN,Sa,VE,To=p(()=>{Z();O();WE=Symbol.for("@smithy/schema-x"),Ce=class t extends M{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=M.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[WE]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,u=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=s&192,m=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?jN:this.bindings??=BN(this)}},BN=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let y=Ce.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),E=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,R=y.getHttpBindingValue(S,h),T=[f,R,S,E];f==="__proto__"&&$r(i),i[f]=T,R[1]>>10&
1&&(d.hasIdempotency=!0),s.push(T);let I=S&7;if(I===0&&(o.push(f),n.push(g)),(I&4)===0)e.push(f),r.push(g);else if((I&6)===4)if(I&1)l.statusCode=T;else{l.payload=
T;let A=R[1]&255;d.contentTypeInstruction=h.mediaType??(A===0?"text/plain":A===21||A===42?"application/octet-stream":null)}else I&1?(d.hasPrefixHeaders=!0,c.push(
T)):(E==="__proto__"&&$r(a),a[E]=T)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=VE(t,o,n),m.syntheticBodySchema=
VE(t,e,r),u},zN=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},GN=t=>{let{http:e,endpoint:r}=Wr(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?zN(o):void 0,r?.[0]]},jN={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Sa=t=>t[WE]??=GN(t),VE=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Ar,xs=p(()=>{Ar=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var qE,wd,Ea,KE=p(()=>{qE=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;qE[t]=e>>>0}wd=4294967295,Ea=class{digestLength=4;checksum=wd;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^qE[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^wd)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=wd}}});function VN(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var Td,JE,mn,XE=p(()=>{Td=go(require("node:zlib"));KE();JE=typeof Td.crc32==
"function"?Td.crc32:void 0,mn=JE?VN(JE):Ea});var ve,YE,WN,xa,QE,qN,ZE=p(()=>{O();ve=64,YE=32,WN=2**53-1,xa=class t{digestLength=YE;state=Int32Array.from(QE);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(ve*2);for(let i=0;i<ve;++i)s[i]=54^r[i],s[i+ve]=92^r[i];
o.update(s.subarray(0,ve)),n.update(s.subarray(ve))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=_t(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>WN)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===ve&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(QE),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%ve>=ve-8){for(let a=o;a<
ve;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<ve-8;++a)s.setUint8(a,0);s.setUint32(ve-8,Math.floor(n/4294967296),!1),s.setUint32(ve-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(YE);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=_t(e);if(r.byteLength>ve){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(ve);return s.set(n),s}if(r.byteLength<ve){let o=new Uint8Array(ve);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],u=e[6],d=e[7];for(let m=0;m<ve;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&u)|0)+(d+(qN[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;d=u,u=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=u,e[7]+=d}},QE=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),qN=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function JN(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,Rs.createHmac)("sha256",XN(this.secret)):(0,Rs.createHash)("sha256")}}}function XN(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var Rs,KN,it,ex=p(()=>{Rs=require("node:crypto");ZE();KN=(()=>{try{return(0,Rs.createHash)("sha256"),!0}catch{return!1}})(),
it=KN?JN():xa});var Lr=p(()=>{XE();ex()});function tx(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var qr,Id=p(()=>{O();qr=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=n;return e<0&&
tx(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&tx(e),parseInt(ie(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var fn,rx,ox,YN,QN,ZN,eD,tD,rD,oD,nD,sD,Ra,Ad=p(()=>{X();O();Id();fn=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let s in e){
if(!C(e,s))continue;let i=this.fromUtf8(s);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;for(let s of r)o.set(s,n),n+=s.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,1),n;case"bina\
ry":if(e.value.byteLength>Ra)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${Ra} bytes: ${e.value.byteLength}`);let s=new DataView(
new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>Ra)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${Ra} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(
9);return u[0]=8,u.set(qr.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!sD.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(
17);return d[0]=9,d.set(rs(e.value.replace(/-/g,"")),1),d}}parse(e){let r={},o=0;for(;o<e.byteLength;){let n=e.getUint8(o++),s=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,n));switch(o+=n,e.getUint8(o++)){case 0:r[s]={type:ox,value:!0};break;case 1:r[s]={type:ox,value:!1};break;case 2:r[s]={type:YN,value:e.getInt8(o++)};
break;case 3:r[s]={type:QN,value:e.getInt16(o,!1)},o+=2;break;case 4:r[s]={type:ZN,value:e.getInt32(o,!1)},o+=4;break;case 5:r[s]={type:eD,value:new qr(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[s]={type:tD,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[s]={type:rD,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[s]={type:oD,value:new Date(new qr(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[s]={type:nD,value:`${ie(c.subarray(0,4))}-${ie(
c.subarray(4,6))}-${ie(c.subarray(6,8))}-${ie(c.subarray(8,10))}-${ie(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(rx||(rx={}));ox="boolean",YN="byte",QN="short",ZN="integer",eD="long",tD=
"binary",rD="string",oD="timestamp",nD="uuid",sD=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Ra=32767});function sx({byteLength:t,byteOffset:e,buffer:r}){if(t<iD)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),n=o.getUint32(0,!1);if(t!==n)throw new Error("Reported message length does not match received message length");let s=o.getUint32(nx,!1),i=o.getUint32(Kr,
!1),a=o.getUint32(t-Io,!1),c=new mn;if(c.update(new Uint8Array(r,e,Kr)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+Kr,t-(Kr+Io))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+Kr+Io,s),body:new Uint8Array(r,e+Kr+Io+s,n-s-(Kr+Io+Io))}}
var nx,Kr,Io,iD,ix=p(()=>{Lr();nx=4,Kr=nx*2,Io=4,iD=Kr+Io*2});var gn,Cd=p(()=>{Lr();Ad();ix();gn=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new fn(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),n=o.byteLength+r.byteLength+16,s=new Uint8Array(n),i=new DataView(
s.buffer,s.byteOffset,s.byteLength),a=new mn;return i.setUint32(0,n,!1),i.setUint32(4,o.byteLength,!1),a.update(s.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
s.set(o,12),s.set(r,o.byteLength+12),a.update(s.subarray(8,n-4)),i.setUint32(n-4,a.digestSync(),!1),s}decode(e){let{headers:r,body:o}=sx(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var hn,vd=p(()=>{hn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var yn,bd=p(()=>{yn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var Sn,Pd=p(()=>{Sn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var En,Od=p(()=>{En=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function _a(t){let e=0,r=0,o=null,n=null,s=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let u=c.length,d=0;for(;d<u;){if(!o){let f=u-d;n||(n=new Uint8Array(
4));let g=Math.min(4-r,f);if(n.set(c.slice(d,d+g),r),r+=g,d+=g,r<4)break;s(new DataView(n.buffer).getUint32(0,!1)),n=null}let m=Math.min(e-r,u-d);o.set(c.slice(
d,d+m),r),r+=m,d+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var Nd=p(()=>{});function ax(t,e){let r=_s(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let n=e.eventStreamCodec.decode(o),s=await r(
n);s!==void 0&&(yield s)}}}}function _s(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let n=new Error(r.headers[":error-\
message"].value||"UnknownError");throw n.name=r.headers[":error-code"].value,n}else if(o==="exception"){let n=r.headers[":exception-type"].value,s={[n]:r},i=await t(
s);if(i.$unknown){let a=new Error(e(r.body));throw a.name=n,a}throw i[n]}else if(o==="event"){let n={[r.headers[":event-type"].value]:r},s=await t(n);return s.$unknown?
void 0:s}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var Dd=p(()=>{});var Ao,cx,kd=p(()=>{Cd();vd();bd();Pd();Od();Nd();Dd();Ao=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new gn(
e,r),this.utfEncoder=e}deserialize(e,r){let o=_a(e);return new Sn({messageStream:new hn({inputStream:o,decoder:this.eventStreamCodec}),deserializer:_s(r,this.utfEncoder)})}serialize(e,r){
return new yn({messageStream:new En({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},cx=t=>new Ao(t)});async function*aD(t){let e=!1,r=!1,o=new Array;for(t.on("error",n=>{if(e||(e=!0),n)throw n}),t.on("data",n=>{o.push(n)}),t.on("end",()=>{e=!0});!r;){let n=await new Promise(
s=>setTimeout(()=>s(o.shift()),0));n&&(yield n),r=e&&o.length===0}}var px,ws,lx,ux=p(()=>{px=require("node:stream");kd();ws=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new Ao({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
aD(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return px.Readable.from(this.universalMarshaller.serialize(e,r))}},lx=t=>new ws(t)});var dx,mx,fx=p(()=>{dx=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),mx=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:n}=await e.next();if(o)return r.close();r.enqueue(
n)}})}});var gx,hx=p(()=>{gx=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var wa,yx=p(()=>{X();Z();O();wa=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:n,defaultContentType:s,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=n,this.defaultContentType=
s,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,u=Symbol("initialRequestMarker"),d={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:n??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[u]:!0,headers:m,body:f}}for await(let m of e)yield m}};return s.serialize(d,m=>{if(m[u])return{headers:m.headers,body:m.body};let f="";for(let R in m)if(C(m,R)&&
R!=="__type"){f=R;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:S}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:S??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),u=s.deserialize(e.body,async f=>{let g="";for(let h in f)if(C(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(n??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let S={},E=!1;for(let[R,T]of h.structIterator()){
let{eventHeader:I,eventPayload:A}=T.getMergedTraits();if(E=E||!!(I||A),A)T.isBlobSchema()?S[R]=y:T.isStringSchema()?S[R]=(this.serdeContext?.utf8Encoder??re)(y):
T.isStructSchema()&&(S[R]=await this.deserializer.read(T,y));else if(I){let $=f[g].headers[R]?.value;$!=null&&(T.isNumericSchema()?$&&typeof $=="object"&&"bytes"in
$?S[R]=BigInt($.toString()):S[R]=Number($):S[R]=$)}}return{[g]:await this.readEventMember(h,y,E,S)}}return{[g]:await this.deserializer.read(h,y)}}else return{$unknown:f}}),
d=u[Symbol.asyncIterator](),m=await d.next();if(m.done)return u;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-response event encount\
ered in event stream but no response schema given.");for(let f in m.value)C(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){for(m?.value?.[l]||
(yield m.value);;){let{done:f,value:g}=await d.next();if(f)break;yield g}}}}async readEventMember(e,r,o,n){let s,i=e.getSchema();if(Array.isArray(i)&&i[0]===-3){
let c=i[1],l=Q.for(c);this.compositeErrorRegistry?.copyFrom(l),s=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?n:r.byteLength===0?{}:await this.deserializer.
read(e,r);if(s){let c=a.message??a.Message??"Unknown",l={},u=e.getMergedTraits().error;return u&&(l.$fault=u),Object.assign(new s({}),l,{message:c},a)}return a}writeEventBody(e,r,o){
let n=this.serializer,s=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){for(let[f,g]of m.structIterator()){
let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let S=o[e][f],E="binary";g.isNumericSchema()?(-2)**31<=S&&S<=2**31-1?E="integer":E="lo\
ng":g.isTimestampSchema()?E="timestamp":g.isStringSchema()?E="string":g.isBooleanSchema()&&(E="boolean"),S!=null&&(l[f]={type:E,value:S},delete o[e][f])}}if(i!==
null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),n.write(f,o[e][i])}else n.write(m,o[e])}else if(m.
isUnitSchema())n.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{let[m,f]=o[e];s=m,
n.write(15,f)}let u=n.flush()??new Uint8Array;return{body:typeof u=="string"?(this.serdeContext?.utf8Decoder??ne)(u):u,eventType:s,explicitPayloadContentType:a,
additionalHeaders:l}}}});var Sx={};St(Sx,{EventStreamCodec:()=>gn,EventStreamMarshaller:()=>ws,EventStreamSerde:()=>wa,HeaderMarshaller:()=>fn,Int64:()=>qr,MessageDecoderStream:()=>hn,MessageEncoderStream:()=>yn,
SmithyMessageDecoderStream:()=>Sn,SmithyMessageEncoderStream:()=>En,UniversalEventStreamMarshaller:()=>Ao,eventStreamSerdeProvider:()=>lx,getChunkedStream:()=>_a,
getMessageUnmarshaller:()=>_s,getUnmarshalledStream:()=>ax,iterableToReadableStream:()=>mx,readableStreamToIterable:()=>dx,resolveEventStreamSerdeConfig:()=>gx,
universalEventStreamSerdeProvider:()=>cx});var Ex=p(()=>{Cd();Ad();Id();vd();bd();Pd();Od();ux();fx();kd();Nd();Dd();hx();yx()});var xn,$d=p(()=>{X();Z();xs();To();xn=class extends Ar{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return V}getResponseType(){return We}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Sa(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Ce.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!tu(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[s,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(Ex(),Sx)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Ts,xx=p(()=>{X();O();To();$d();dn();_d();Ts=class extends xn{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Ce.
of(e?.input),l=c.getHttpBindings().request,u=Sa(e),d=new V({query:s,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[f,g,y]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,S]of y)s[h]=S}}d.query=s;let m=this.serializeHttpBindings(n,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let T=0;T<S;++T){let I=h?C(o.byName,g[T])?o.byName[g[T]]:void 0:o.memberBindings[T];if(!I)continue;let A=I[1],$=I[0],
me=A[0],_e=A[1],z=A[2],ee=I[2],ue=I[3],te=e[$];if(!(te==null&&!(_e>>10&1)))if(ee===36){let B=_e>>11&3;B?B===2?m=te||void 0:d=te:(i?i.writeCodec(me,te):s.write(me,
te),d=s.flush())}else if(ee===33||ee===38){let B=this.serializeHttpValue(A,te,ee,i);ee===33?(f??=Object.create(null))[$]=B:c[ue]=B}else if(ee===39)for(let B in te){
if(!C(te,B))continue;let Zt=ue+B;c[Zt.toLowerCase()]=this.serializeHttpValue(z,te[B],38,i,i?z[0]:[z[0],{httpHeader:Zt}])}else(ee&62)===34?this.serializeQuery(A,
te,ue,a,i):u=!0}let E=n[1],R=n[3];return E&&R&&r.path.endsWith(E)&&(r.path=r.path.slice(0,-E.length)+this.serializePath(R,f,o)),u&&l&&(i?i.writeCodec(l,e):s.write(
l,e),d=s.flush()),r.body=d,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!C(r,u)||u in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,n,s));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(C(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(wo).join("/"):wo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Ce.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await He(o.body,r);throw u.byteLength>
0&&Object.assign(c,await n.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let u=await He(o.body,r);if(u.byteLength>0){let d=await(s?s.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await He(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Ce.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(d){let[h,S]=d,[E,R]=S,T=R>>11&3;if(T)T===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=Es(o.body);else if(o.body){let I=await He(o.body,r);I.byteLength>0&&(i[h]=await(c?c.readPayload(S,I):
a.read(E,I)))}}for(let h in y){if(!C(y,h))continue;let S=h.toLowerCase(),E=y[h];S!==h&&(delete y[h],y[S]=E);let R=C(f,S)?f[S]:void 0;if(!R)continue;let[T,[I,A,$],
,me]=R;if($){let _e=A>>16&1?hu(E,",",2):ts(E),z=[];for(let ee of _e)z.push(c?c.readHttpBinding($,ee.trim(),38):await a.read([$[0],{httpHeader:me}],ee.trim()));i[T]=
z}else i[T]=c?c.readHttpBinding(R[1],E,38):await a.read(I,E)}for(let[h,[,,S],,E]of g){i[h]={};for(let R in y){if(!C(y,R)||!R.startsWith(E))continue;let T=y[R];i[h][R.
slice(E.length)]=c?c.readHttpBinding(S,T,38):await a.read([S[0],{httpHeader:R}],T)}}return m&&(i[m[0]]=o.statusCode),u}}});var Co,Rx=p(()=>{X();Z();X();$d();dn();Co=class extends xn{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=M.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new V({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[y]of c.structIterator())y!==f&&d[y]!=null&&(g[y]=d[y]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else n.write(l,d),u=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=M.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await He(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!C(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await He(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var vo,Ld=p(()=>{O();To();xs();vo=class extends Ar{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Ce.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),ts(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??ye)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return fu(n);case 6:return gu(n);case 7:
return mu(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??re)((this.serdeContext?.base64Decoder??ye)(c))),a===2?qe.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new Se(n,"bigDecimal");default:return n}}}});var Is,_x=p(()=>{O();To();xs();Ld();Is=class extends Ar{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new vo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Ce.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??re)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??ne)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??re)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Ta,wx=p(()=>{O();To();xs();Ta=class extends Ar{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Ce.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=So(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??de)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();d&&(d+=", "),d+=u?f:pu(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=qe.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??de)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?un():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var As,Tx=p(()=>{To();wx();As=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Ta(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Ce.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function bo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Ia=p(()=>{});var Lt,Ut,Ix=p(()=>{Lt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Ut=t=>({requestHandler:t.httpHandler()})});function Cx(t){return e=>async r=>{let o=r.request;if(V.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(Ax)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[Ax]:String(i)})}catch{}}return e({...r,request:o})}}var Ax,vx,Mt,bx=p(()=>{X();Ax="content-length";vx={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Mt=t=>({applyToStack:e=>{e.add(Cx(t.bodyLengthChecker),vx)}})});var fr,cD,Ud=p(()=>{fr=t=>encodeURIComponent(t).replace(/[!'()*]/g,cD),cD=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Md(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=fr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${fr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${fr(o)}`),e.push(n)}}return e.join("&")}var Px=p(()=>{Ud()});var Jr,Aa=p(()=>{Jr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ca,Ox=p(()=>{Ca=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function va(){if(Cs===void 0)try{if(typeof Buffer!="function")Cs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Cs=t!==null&&typeof t=="object"}}catch{Cs=!1}return Cs}
var Cs,Fd=p(()=>{});function ba(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?lD(o,e)?e:new Se(o,"bigDecim\
al"):pD(o)?new Se(o,"bigDecimal"):/[eE]/.test(o)?uD(o):BigInt(o)}return e}function pD(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function lD(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Hd(t)===Hd(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Hd(o):!1}function Hd(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+s;c==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+c:u>=c.length?n=c+"0".repeat(u-c.length):n=c.slice(0,u)+"."+c.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function uD(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Bd=p(()=>{O()});function Oa(t){let e=M.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(zd in r)return r[zd];let o=Pa(e,new Set);return r[zd]=o,o}return Pa(e,new Set)}
function Pa(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Pa(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Pa(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var zd,Gd=p(()=>{Z();zd=Symbol.for("@aws-sdk/reviver")});var Nx,Dx=p(()=>{dn();O();Nx=(t,e)=>He(t,e).then(r=>(e?.utf8Encoder??re)(r))});async function Vd(t,e,r){let o;if(va()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await He(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await Nx(t,e)),o.length===0)return{};let n=r&&Oa(r)?ba:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var kx,jd,Wd,qd,$x,Kd=p(()=>{dn();Dx();Fd();Bd();
Gd();kx=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),jd=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Wd=(t,e)=>$x(t,e,["header","code","type"]),qd=(t,e,r=!1)=>$x(t,e,r?["c\
ode","header","type"]:["type","code","header"]),$x=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=kx(t??{},"x-amzn-errortype");if(n!==
void 0)return jd(t[n]);break;case"code":let s=kx(e??{},"code");if(s&&e[s]!==void 0)return jd(e[s]);break;case"type":if(e?.__type!==void 0)return jd(e.__type);break}}});var Na,Lx=p(()=>{Ia();Z();O();Aa();Ox();Fd();Bd();Gd();Kd();X();Na=class extends Jr{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Oa(e)?
ba:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&va()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Vd(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=M.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)C(a,c)&&(c==="__proto__"&&$r(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return ye(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?qe.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(bo(n,this.settings)){case 5:return au(r);case 6:return es(r);case 7:return cu(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Se)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Se(i.string,i.type):new Se(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Se||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!C(i,a))continue;a==="__proto__"&&$r(i);let c=i[a];c instanceof
Se||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new Ca(r,n));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(s[d]=l)),o&&c.mark(d),r[d]!=null&&(n[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!C(r,l))continue;let u=r[l],d=a?s[l]??l:l;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Da,Ux,Mx=p(()=>{O();Da=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>Ux+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),Ux=e),this.string=re(this)}return this.
string}},Ux=0});function Jd(t){return Da.allocUnsafe(t)}var ka,Fx,Hx,dD,mD,Rn,$a,La,Bx,fD,gD,hD,Cr,zx,Ua,Gx=p(()=>{Ia();Z();O();Aa();X();Mx();ka=new TextEncoder,Fx=123,Hx=125,dD=
91,mD=93,Rn=34,$a=58,La=44,Bx=92,fD=new Uint8Array([116,114,117,101]),gD=new Uint8Array([102,97,108,115,101]),hD=new Uint8Array([110,117,108,108]),Cr=new Array(
128).fill(null);Cr[8]="b";Cr[9]="t";Cr[10]="n";Cr[12]="f";Cr[13]="r";Cr[34]='"';Cr[92]="\\";for(let t=0;t<32;t++)Cr[t]===null&&(Cr[t]="u00"+t.toString(16).padStart(
2,"0"));zx=2048;Ua=class t extends Jr{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Jd(zx)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=M.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=M.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),ka.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Jd(zx),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Jd(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Rn;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Rn,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Rn;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=Cr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=Bx;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=ka.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Rn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=Bx,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Rn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[s++]=
n[u>>2],o[s++]=n[(u&3)<<4|d>>4],o[s++]=n[(d&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],u=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|u>>4],o[s++]=n[(u&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Rn,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&M.of(e).isIdempotencyToken()){this.writeAsciiQuoted(un());return}return}this.ensure(4),this.json.set(hD,this.i),this.i+=4;return}let n=M.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(qe.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Se?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Se){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??de)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(fD,
i),i+=4):(a.set(gD,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=Fx;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=La),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=$a,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=$a,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=La),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=$a,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=Hx}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=ka.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=dD;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=La),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=mD}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!C(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=ka.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=Fx;let i=!0;for(let a in r){if(!C(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=La),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=$a,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=Hx}writeTimestamp(e,r){switch(bo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(So(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Po,jx=p(()=>{Aa();Lx();Gx();Po=class extends Jr{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Ua(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Na(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{dn();_d();xx();Rx();Ld();_x();Tx();Ia();X();X();Ix();bx();Ud();Px();X();Kd();jx()});var Vx,Wx,Ft,qx=p(()=>{F();Vx=t=>e=>async r=>{if(!V.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},Wx={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Ft=t=>({applyToStack:e=>{
e.add(Vx(t),Wx)}})});var Kx,Jx,Ht,Xx=p(()=>{v();Kx=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof Ee;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},Jx={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Ht=t=>({applyToStack:e=>{e.add(Kx(),Jx)}})});var Yx,Qx=p(()=>{Yx={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var Xr,Xd,Ma,Yd,Qd,vs,Zx=p(()=>{Xr={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Xd=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Xd||(globalThis.awslambda=globalThis.awslambda||{});Ma=class{static PROTECTED_KEYS=Xr;isProtectedKey(e){
return Object.values(Xr).includes(e)}getRequestId(){return this.get(Xr.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(Xr.X_RAY_TRACE_ID)}getTenantId(){return this.
get(Xr.TENANT_ID)}getTraceparent(){return this.get(Xr.TRACEPARENT)}getTracestate(){return this.get(Xr.TRACESTATE)}getBaggage(){return this.get(Xr.BAGGAGE)}},Yd=
class extends Ma{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Qd=class t extends Ma{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await Qd.create():new Yd;return!Xd&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Xd&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(vs||(vs={}))});function ED(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===em||r===eR||r===tR)&&(t[r]=t[e],delete t[e])}}var yD,SD,Zd,em,eR,tR,rR,oR=p(()=>{Zx();
F();yD="AWS_LAMBDA_FUNCTION_NAME",SD="_X_AMZN_TRACE_ID",Zd="X-Amzn-Trace-Id",em="traceparent",eR="tracestate",tR="baggage",rR=()=>t=>async e=>{let{request:r}=e;
if(!V.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===Zd.toLowerCase())??Zd;if(!r.headers.hasOwnProperty(n)){let s=process.
env[yD],i=process.env[SD];o??=await vs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(s)&&l(c)&&(r.headers[Zd]=c)}}if(ED(
r.headers),!r.headers[em]){let s=(o??=await vs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[em]=s;let i=o?.getTracestate?.();i&&(r.headers[eR]=i);let a=o?.
getBaggage?.();a&&(r.headers[tR]=a)}}return t(e)}});var Bt,nR=p(()=>{Qx();oR();Bt=t=>({applyToStack:e=>{e.add(rR(),Yx)}})});var sR,iR=p(()=>{sR=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function xD(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var tm,aR=p(()=>{X();iR();tm=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=sR(s,i),c=xD(t.httpAuthSchemes),l=oe(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var rm,at,cR=p(()=>{aR();rm={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},at=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(tm(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),rm)}})});var pR=p(()=>{cR()});var RD,_D,om,lR=p(()=>{F();X();RD=t=>e=>{throw e},_D=(t,e)=>{},om=t=>(e,r)=>async o=>{if(!V.isInstance(o.request))return e(o);let s=oe(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||RD)(i));return(c.successHandler||_D)(l.response,i),l}});var nm,ct,uR=p(()=>{lR();nm={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ct=t=>({applyToStack:e=>{e.addRelativeTo(om(t),nm)}})});var dR=p(()=>{uR()});var gr,mR=p(()=>{gr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Be,fR=p(()=>{X();Be=class{authSchemes=new Map;constructor(e){for(let r in e){if(!C(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var xe,gR=p(()=>{xe=class{async sign(e,r,o){return e}}});var hR=p(()=>{gR()});var sm,Fa,bs,Ha,yR=p(()=>{sm=t=>function(r){return bs(r)&&r.expiration.getTime()-Date.now()<t},Fa=sm(3e5),bs=t=>t.expiration!==void 0,Ha=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var SR=p(()=>{fR();hR();yR()});var be=p(()=>{pR();dR();mR();SR()});function AD(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function zt(t){let e=gr(t.userAgentAppId??Ba),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!AD(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var Ba,im=p(()=>{be();Ba=void 0});var ER,xR=p(()=>{ER={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var CD,vD,RR,_R,am=p(()=>{xR();CD=ER,vD="",RR=t=>{let{partitions:e}=CD;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},_R=()=>vD});var wR,cm,TR=p(()=>{wR=require("node:stream"),cm=t=>t?.body instanceof wR.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var IR,AR,CR,vR,bR,PR=p(()=>{IR=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],AR=["TimeoutError","RequestTimeout","RequestTimeoutException"],CR=[500,502,503,504],vR=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],bR=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function ND(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var bD,PD,OD,za,Ga,OR,pm=p(()=>{PR();bD=t=>t?.$retryable!==
void 0,PD=t=>t.$metadata?.clockSkewCorrected,OD=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},za=t=>t.$metadata?.httpStatusCode===429||IR.
includes(t.name)||t.$retryable?.throttling==!0,Ga=(t,e=0)=>t?.name!=="AbortError"&&(bD(t)||PD(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||AR.includes(t.name)||vR.includes(t?.code||"")||bR.includes(t?.code||"")||CR.includes(t.$metadata?.httpStatusCode||0)||OD(t)||ND(t)||t.cause!==
void 0&&e<=10&&Ga(t.cause,e+1)),OR=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Ga(t)}return!1}});var ja,DD,NR,DR=p(()=>{ja=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(DD());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},DD=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),NR=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var kR,$R,LR=p(()=>{kR="amz-sdk-invocation-id",$R="amz-sdk-request"});function UR(t,e){if(We.isInstance(t))for(let r in t.headers){if(!C(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(es(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var MR=p(()=>{X();F();O()});var FR,HR=p(()=>{FR=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function lm(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[dr]?.abortSignal;if(kD(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await ja(s.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=n,g=V.isInstance(f);for(g&&(f.headers[kR]=Rd());;)try{
g&&(f.headers[$R]=`attempt=${d+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=$D(y,e.logger);if(u=FR(y),g&&t(f))throw(o.logger instanceof Ee?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{l=await ja(s.refreshRetryTokenForRetry(l,h),a)}catch(E){throw a?.aborted&&NR(E)?E:(u.$metadata||(u.$metadata={}),u.$metadata.
attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,S>0&&await ja(new Promise(E=>setTimeout(
E,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function BR(t){let e=lm(t);return r=>({applyToStack:o=>{
o.add(e(r),UD)}})}var kD,$D,LD,UD,zR=p(()=>{v();F();O();wr();pm();DR();LR();MR();HR();kD=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",$D=(t,e)=>{let r={error:t,errorType:LD(t)},o=UR(t.$response,e);return o&&(r.retryAfterHint=o),r},LD=t=>za(t)?"THROTTLING":Ga(t)?
"TRANSIENT":OR(t)?"SERVER_ERROR":"CLIENT_ERROR",UD={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var Va,GR=p(()=>{pm();Va=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||za(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var Gt,Wa=p(()=>{Gt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var qa,jR=p(()=>{Wa();qa=class{x=Gt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Ps,VR=p(()=>{Ps=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var jt,Yr,et,Os=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(jt||(jt={}));Yr=3,et=jt.STANDARD});var Ka,Oo,um=p(()=>{jR();VR();Os();Wa();Ka={incompatible:1,attempts:2,capacity:3},Oo=class{mode=jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>Yr,this.baseDelay??=Gt.delay(),this.retryBackoffStrategy??=
new qa}async acquireInitialRetryToken(e){return new Ps(Gt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Gt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let u=this.getCapacityCost(a);this.capacity-=u;let d=new Ps(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=n===Ka.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${Yr}`),Yr}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:Ka.incompatible,i=n<o?0:Ka.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:Ka.capacity;return s||i||a}getCapacityCost(e){return e===Gt.modifiedCostType()?Gt.throttlingCost():Gt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var Ja,WR=p(()=>{GR();um();Os();Ja=class{mode=jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new Va,
this.standardRetryStrategy=r?new Oo({maxAttempts:typeof e=="number"?e:3,...r}):new Oo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var dm,mm,Vt,Wt,qR,KR,qt,JR=p(()=>{v();WR();um();Os();Wa();dm="AWS_MAX_ATTEMPTS",mm="max_attempts",Vt={environmentVariableSelector:t=>{let e=t[dm];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${dm} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[mm];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${mm} mast be a number, got "${e}"`);return r},default:Yr},Wt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=Yr,defaultBaseDelay:s=Gt.delay()}=e??{},i=J(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await J(o)()===jt.ADAPTIVE?new Ja(i,{maxAttempts:l,baseDelay:s}):new Oo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},qR="AWS_RETRY_MODE",KR="retry_mode",qt={environmentVariableSelector:t=>t[qR],configFileSelector:t=>t[KR],default:et}});var G9,sr,pt=p(()=>{TR();zR();Os();JR();G9=lm(cm),sr=BR(cm)});async function XR(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Rr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case jt.ADAPTIVE:Rr(t,"RETRY_MODE_ADAPTIVE","F");break;case jt.STANDARD:Rr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(HD)&&Rr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Rr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Rr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Rr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Rr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Rr(t,i,a)}}var HD,YR=p(()=>{pt();rh();HD=/\d{12}\.ddb/});var fm,Xa,QR,ZR,e_=p(()=>{fm="user-agent",Xa="x-amz-user-agent",QR=/[^!$%&'*+\-.^_`|~\w]/g,ZR=/[^!$%&'*+\-.^_`|~\w#]/g});function t_(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var r_=p(()=>{});var s_,Ya,i_,Kt,a_=p(()=>{F();am();YR();e_();r_();s_=t=>(e,r)=>async o=>{let{request:n}=o;if(!V.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(Ya)||
[],a=(await t.defaultUserAgentProvider()).map(Ya);await XR(r,t,o);let c=r;a.push(`m/${t_(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Ya)||[],u=await t.userAgentAppId();u&&a.push(Ya(["app",`${u}`]));let d=_R(),m=(d?[d]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[Xa]=s[Xa]?`${s[fm]} ${f}`:f),s[fm]=m):s[Xa]=m,e({...o,request:n})},Ya=t=>{
let e=t[0].split("/").map(i=>i.replace(QR,"-")).join("/"),r=t[1]?.replace(ZR,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},i_={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Kt=t=>({applyToStack:e=>{e.add(s_(t),i_)}})});var Qa,c_,p_=p(()=>{Qa=require("node:process"),c_=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Qa.versions[e])return[`md/${e}`,Qa.versions[e]];return["md/\
nodejs",Qa.versions.node]}});var hm,l_=p(()=>{hm={isCrtAvailable:!1}});var u_,d_=p(()=>{l_();u_=()=>hm.isCrtAvailable?["md/crt-avail"]:null});var Za,ym,Jt,m_=p(()=>{Za=require("node:os"),ym=require("node:process");p_();d_();Jt=({serviceId:t,clientVersion:e})=>{let r=c_();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Za.platform)()}`,(0,Za.release)()],["lang/js"],r],s=u_();s&&n.push(s),t&&n.push([`api/${t}`,e]),ym.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${ym.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var f_,g_,BD,Xt,h_=p(()=>{im();f_="AWS_SDK_UA_APP_ID",g_="sdk_ua_app_id",BD="sdk-ua-app-id",Xt={environmentVariableSelector:t=>t[f_],configFileSelector:t=>t[g_]??
t[BD],default:Ba}});var y_=p(()=>{Y()});var Sm,S_=p(()=>{Y();y_();Sm=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!Sm(r))return!1;return!0}return!(!Tr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
pn(t))}});var E_,x_=p(()=>{E_=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var lt,R_=p(()=>{Y();S_();x_();am();lt={isVirtualHostableS3Bucket:Sm,parseArn:E_,partition:RR};Ae.aws=lt});function Em(t={}){return w({...Ie,async default(){return __.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Ye,...t})}var __,w_=p(()=>{U();__={silence:!1}});var Yt,Qt,T_=p(()=>{Yt=t=>({setRegion(e){t.region=e},region(){return t.region}}),Qt=t=>({region:t.region()})});var H=p(()=>{eh();th();oh();qx();Xx();nR();im();a_();m_();h_();R_();w_();T_()});var ec,tc,I_=p(()=>{F();ec=t=>We.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,tc=t=>We.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Ns,A_=p(()=>{Ns=t=>new Date(Date.now()+t)});var rc,C_=p(()=>{rc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var xm=p(()=>{I_();A_();C_()});var Ds,zD,ks,pe,Rm=p(()=>{F();wr();xm();Ds=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},zD=t=>t.context?.[dr]?.
eventStream?.output===!0,ks=async t=>{let e=Ds("context",t.context),r=Ds("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Ds("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},pe=class{async sign(e,r,o){
if(!V.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await ks(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||zD(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:Ns(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??ec(o.$response);if(n){let s=Ds("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=tc(o.$response),l=rc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=ec(e);if(o){let n=Ds("config",r.config),
s=r._requestSentAt,i=tc(e);n.systemClockOffset=rc(o,n.systemClockOffset,s,i)}}}});var ir,v_=p(()=>{F();xm();Rm();ir=class extends pe{async sign(e,r,o){if(!V.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await ks(o),u=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:d?new Date:Ns(n.systemClockOffset),signingRegion:u,signingService:c})}}});var _m,b_=p(()=>{_m=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var P_,O_=p(()=>{P_=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var N_,D_,ut,k_=p(()=>{b_();O_();N_="AWS_AUTH_SCHEME_PREFERENCE",D_="auth_scheme_preference",ut={environmentVariableSelector:(t,e)=>{if(e?.signingName&&P_(e.signingName)in
t)return["httpBearerAuth"];if(N_ in t)return _m(t[N_])},configFileSelector:t=>{if(D_ in t)return _m(t[D_])},default:[]}});var wn,Tn,$_=p(()=>{be();U();wn=t=>(t.sigv4aSigningRegionSet=gr(t.sigv4aSigningRegionSet),t),Tn={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Me("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Me("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function U_(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var oc,L_,GD,wm,M_=p(()=>{O();O();oc=class{format(e){let r=[];for(let s in e){
if(!C(e,s))continue;let i=ne(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=ne(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(wm.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!GD.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(rs(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(L_||(L_={}));GD=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,wm=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&U_(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&U_(e),parseInt(ie(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var F_,H_,Tm,B_,z_,Im,Am,Cm,vm,jD,G_,j_,$s,V_,W_,q_,K_,nc,J_,X_,Y_,bm,Q_,No=p(()=>{F_="X-Amz-Algorithm",H_="X-Amz-Credential",Tm="X-Amz-Date",B_="X-Amz-SignedHe\
aders",z_="X-Amz-Expires",Im="X-Amz-Signature",Am="X-Amz-Security-Token",Cm="authorization",vm=Tm.toLowerCase(),jD="date",G_=[Cm,vm,jD],j_=Im.toLowerCase(),$s="\
x-amz-content-sha256",V_=Am.toLowerCase(),W_={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},q_=/^proxy-/,K_=/^sec-/,nc="AWS4-HMAC-SHA256",J_="AWS4-HMAC-SHA256-PAYL\
OAD",X_="UNSIGNED-PAYLOAD",Y_=50,bm="aws4_request",Q_=3600*24*7});var Z_,ew=p(()=>{O();F();No();Z_=({query:t={}})=>{let e=[],r={};for(let o in t){if(!C(t,o)||o.toLowerCase()===j_)continue;let n=fr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${fr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${fr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var tw,VD,rw=p(()=>{tw=t=>VD(t).toISOString().replace(/\.\d{3}Z$/,"Z"),VD=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var sc,ow=p(()=>{v();F();O();ew();rw();sc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
J(o),this.credentialProvider=J(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${Z_(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(_t(o));let i=await s.digest();return`${n}
${e}
${r}
${ie(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return fr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=tw(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var ic,Pm,ac,sw,nw,iw=p(()=>{O();No();ic={},Pm=[],ac=(t,e,r)=>`${t}/${e}/${r}/${bm}`,sw=async(t,e,r,o,n)=>{let s=await nw(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${ie(s)}:${e.sessionToken}`;if(i in ic)return ic[i];for(Pm.push(i);Pm.length>Y_;)delete ic[Pm.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,bm])a=await nw(t,a,c);return ic[i]=a},nw=(t,e,r)=>{let o=new t(e);return o.update(_t(r)),o.digest()}});var Om,aw=p(()=>{O();No();Om=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(C(W_,s)||e?.has(s)||
q_.test(s)||K_.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&$r(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var cc,cw=p(()=>{O();O();No();cc=async({headers:t,body:e},r)=>{for(let o in t)if(C(t,o)&&o.toLowerCase()===$s)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Qn(e)){let o=new r;return o.update(_t(e)),ie(await o.digest())}return X_}});var pw,lw=p(()=>{O();pw=(t,e)=>{t=t.toLowerCase();for(let r in e)if(C(e,r)&&t===r.toLowerCase())return!0;return!1}});var uw,dw=p(()=>{O();F();uw=(t,e={})=>{let{headers:r,query:o={}}=V.clone(t);for(let n in r){if(!C(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Nm,mw=p(()=>{O();F();No();Nm=t=>{t=V.clone(t);for(let e in t.headers)C(t.headers,e)&&G_.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var Qr,fw=p(()=>{O();M_();ow();No();iw();aw();cw();lw();dw();mw();Qr=class extends sc{headerFormatter=new oc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>Q_)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=ac(g,m,u??this.service),h=uw(Nm(e),{unhoistableHeaders:i,hoistableHeaders:c});
d.sessionToken&&(h.query[Am]=d.sessionToken),h.query[F_]=nc,h.query[H_]=`${d.accessKeyId}/${y}`,h.query[Tm]=f,h.query[z_]=n.toString(10);let S=Om(h,s,a);return h.
query[B_]=this.getCanonicalHeaderList(S),h.query[Im]=await this.getSignature(f,y,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,S,await cc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=ac(l,c,i??this.service),m=await cc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=ie(await f.
digest()),y=[J_,u,d,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(_t(e)),ie(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Nm(e),{longDate:u,shortDate:d}=this.formatDate(r),m=ac(d,c,i??this.service);l.headers[vm]=u,a.sessionToken&&(l.headers[V_]=
a.sessionToken);let f=await cc(l,this.sha256);!pw($s,l.headers)&&this.applyChecksum&&(l.headers[$s]=f);let g=Om(l,n,o),y=await this.getSignature(u,m,this.getSigningKey(
a,c,d,i),this.createCanonicalRequest(l,g,f));return l.headers[Cm]=`${nc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,nc),i=new this.sha256(await o);return i.update(_t(s)),ie(await i.digest())}getSigningKey(e,r,o,n){
return sw(this.sha256,e,o,r,n||this.service)}}});var pc,gw=p(()=>{pc={SignatureV4a:null}});var lc=p(()=>{fw();gw()});function WD(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=Ha(e,Fa,bs):r?o=gr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function qD(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Dm,hw=p(()=>{H();
be();lc();Dm=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=WD(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=qD(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?G(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
gr(e.signer):e.regionInfoProvider?c=()=>gr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||Qr;return new y(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await gr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||Qr;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:gr(
e.disableClockSkewCorrection??t)})}});var km=p(()=>{Rm();v_();k_();$_();hw()});var JD,XD,yw,Sw=p(()=>{U();JD="AWS_DISABLE_CLOCK_SKEW_CORRECTION",XD="disable_clock_skew_correction",yw={environmentVariableSelector:t=>Tt(t,JD,Ke.ENV),configFileSelector:t=>Tt(
t,XD,Ke.CONFIG),default:!1}});var Ew,xw=p(()=>{U();Sw();Ew=w(yw)});var ar,Re=p(()=>{km();km();xw();ar=Dm(Ew)});var Ls,Rw=p(()=>{Ls={CrtSignerV4:null}});function ww(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function Tw(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var $m,_w,uc,Iw=p(()=>{lc();$m="X-Amz-S3session-Token",_w=$m.toLowerCase(),uc=class extends Qr{async signWithCredentials(e,r,o){
let n=ww(r);e.headers[_w]=r.sessionToken;let s=this;return Tw(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=ww(r);return delete e.headers[_w],
e.headers[$m]=r.sessionToken,e.query=e.query??{},e.query[$m]=r.sessionToken,Tw(this,n),this.presign(e,o)}}});var hr,Aw=p(()=>{lc();Rw();Iw();hr=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Ls.CrtSignerV4=="function"?"crt":typeof pc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new uc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Ls.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Ls.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Ls.CrtSignerV4,r=pc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Us=p(()=>{Aw()});var Hs,Bs,Fm,Hm,Bm,zm,fc,jw=p(()=>{H();U();Hs="AWS_ACCESS_KEY_ID",Bs="AWS_SECRET_ACCESS_KEY",Fm="AWS_SESSION_TOKEN",Hm="AWS_CREDENTIAL_EXPIRATION",Bm="AWS_CREDE\
NTIAL_SCOPE",zm="AWS_ACCOUNT_ID",fc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Hs],r=process.env[Bs],o=process.
env[Fm],n=process.env[Hm],s=process.env[Bm],i=process.env[zm];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return G(a,"CREDENTIALS_ENV_VARS","g"),a}throw new _("Unable to find environment variable credentials.",{logger:t?.
logger})}});var Vw={};St(Vw,{ENV_ACCOUNT_ID:()=>zm,ENV_CREDENTIAL_SCOPE:()=>Bm,ENV_EXPIRATION:()=>Hm,ENV_KEY:()=>Hs,ENV_SECRET:()=>Bs,ENV_SESSION:()=>Fm,fromEnv:()=>fc});var Gm=p(
()=>{jw()});var gc,hc,jm=p(()=>{gc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",hc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var Ww,qw,Cn,yc=p(()=>{Ww=1e3,qw=0,Cn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Vm,Kw=p(()=>{Vm=go(require("node:http"))});function Zr(t){return new Promise((e,r)=>{let o=Vm.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Me("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Me("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Me("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Sc=p(()=>{U();Kw()});var zs,Wm=p(()=>{zs=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var vn,Gs,Ec,Jw,sk,ik,ak,ck,pk,Xw=p(()=>{U();jm();yc();Sc();Wm();vn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Gs="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Ec="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",Jw=(t={})=>{let{timeout:e,maxRetries:r}=Cn(t);return()=>zs(async()=>{let o=await pk({logger:t.logger}),n=JSON.parse(await sk(e,o));if(!gc(
n))throw new _("Invalid response received from instance metadata service.",{logger:t.logger});return hc(n)},r)},sk=async(t,e)=>(process.env[Ec]&&(e.headers={...e.
headers,Authorization:process.env[Ec]}),(await Zr({...e,timeout:t})).toString()),ik="169.254.170.2",ak=new Set(["localhost","127.0.0.1"]),ck=new Set(["http:","h\
ttps:"]),pk=async({logger:t})=>{if(process.env[Gs])return{hostname:ik,path:process.env[Gs]};if(process.env[vn]){let e;try{e=new URL(process.env[vn])}catch{throw new _(
`${process.env[vn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!ak.has(e.hostname))throw new _(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!ck.has(e.protocol))throw new _(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new _(`The container metadata credential provider cannot be used unless the ${Gs} or ${vn} environment variable is set`,{tryNextLink:!1,logger:t})}});var xc,Yw=p(()=>{U();xc=class t extends _{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var ko,qm=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(ko||(ko={}))});var lk,uk,Qw,Zw=p(()=>{lk="AWS_EC2_METADATA_SERVICE_ENDPOINT",uk="ec2_metadata_service_endpoint",Qw={environmentVariableSelector:t=>t[lk],configFileSelector:t=>t[uk],
default:void 0}});var eo,Km=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(eo||(eo={}))});var dk,mk,e0,t0=p(()=>{Km();dk="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",mk="ec2_metadata_service_endpoint_mode",e0={environmentVariableSelector:t=>t[dk],configFileSelector:t=>t[mk],
default:eo.IPv4}});var Rc,fk,gk,Jm=p(()=>{U();F();qm();Zw();Km();t0();Rc=async()=>fe(await fk()||await gk()),fk=async()=>w(Qw)(),gk=async()=>{let t=await w(e0)();switch(t){case eo.
IPv4:return ko.IPv4;case eo.IPv6:return ko.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(eo)}`)}}});var hk,Xm,r0=p(()=>{hk="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Xm=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+hk);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var o0,n0=p(()=>{r0();o0=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Xm(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Xm(o,r);else throw s}return o=n,n}}});var a0,yk,Ym,s0,i0,c0,Sk,Ek,xk,Rk,p0=p(()=>{U();Yw();jm();yc();Sc();Wm();Jm();n0();a0="/latest/meta-data/iam/security-credentials/",yk="/latest/api/token",Ym="A\
WS_EC2_METADATA_V1_DISABLED",s0="ec2_metadata_v1_disabled",i0="x-aws-ec2-metadata-token",c0=(t={})=>o0(Sk(t),{logger:t.logger}),Sk=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Cn(t),i=async(a,c)=>{if(e||c.headers?.[i0]==null){let d=!1,m=!1,f=await w({environmentVariableSelector:g=>{let y=g[Ym];if(m=!!y&&y!=="f\
alse",y===void 0)throw new _(`${Ym} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[s0];return d=!!y&&y!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${s0})`),m&&g.push(`process environment variable (${Ym})`),new xc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await zs(async()=>{let d;try{d=await xk(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return zs(async()=>{let d;try{d=await Rk(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await Rc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await Ek({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[i0]:c},timeout:n})}}},
Ek=async t=>Zr({...t,path:yk,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),xk=async t=>(await Zr({...t,path:a0})).toString(),Rk=async(t,e,r)=>{
let o=JSON.parse((await Zr({...e,path:a0+t})).toString());if(!gc(o))throw new _("Invalid response received from instance metadata service.",{logger:r.logger});return hc(
o)}});var _c={};St(_c,{DEFAULT_MAX_RETRIES:()=>qw,DEFAULT_TIMEOUT:()=>Ww,ENV_CMDS_AUTH_TOKEN:()=>Ec,ENV_CMDS_FULL_URI:()=>vn,ENV_CMDS_RELATIVE_URI:()=>Gs,Endpoint:()=>ko,
fromContainerMetadata:()=>Jw,fromInstanceMetadata:()=>c0,getInstanceMetadataEndpoint:()=>Rc,httpRequest:()=>Zr,providerConfigFromInit:()=>Cn});var wc=p(()=>{Xw();
p0();yc();Sc();Jm();qm()});function Qm(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var l0=p(()=>{});var u0,d0=p(()=>{u0=["ECONNRESET","EPIPE","ETIMEDOUT"]});var m0,f0=p(()=>{O();m0=t=>{let e={};for(let r in t){if(!C(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var bn,g0=p(()=>{bn=go(require("node:https"))});var ae,$o=p(()=>{ae={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var h0,y0,S0=p(()=>{$o();h0=1e3,y0=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ae.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ae.clearTimeout(s)}):ae.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ae.setTimeout(o.bind(null,h0),h0)}});var E0,x0=p(()=>{$o();E0=(t,e,r=0,o,n)=>r?ae.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var _k,R0,_0=p(()=>{$o();_k=3e3,R0=(t,{keepAlive:e,keepAliveMsecs:r},o=_k)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ae.setTimeout(n,o)}});var Tc,w0=p(()=>{Tc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var wk,Zm,T0=p(()=>{$o();wk=3e3,Zm=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ae.setTimeout(i,wk);t.once("close",()=>ae.clearTimeout(a))}});async function C0(t,e,r=I0,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ae.setTimeout(()=>c(!0),Math.max(I0,r)))}),new Promise(c=>{t.on("continue",()=>{ae.clearTimeout(i),c(!0)}),t.on("response",()=>{ae.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ae.clearTimeout(i),c(!1)})})])),a&&Tk(t,e.body)}function Tk(t,e){if(e instanceof A0.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var A0,I0,v0=p(()=>{A0=require("node:stream");$o();I0=
6e3});var Ic,b0,Ne,P0=p(()=>{O();F();l0();d0();f0();g0();S0();x0();_0();w0();T0();$o();v0();Ne=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!C(n,c))continue;let l=n[c]?.length??0,u=s[c]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ae.clearTimeout(u),ae.clearTimeout(d),ae.clearTimeout(m),ae.clearTimeout(f)},y=async B=>{await l,g(),a(B)},h=async B=>{await l,g(),c(B)};if(r?.aborted){
let B=Qm(r);h(B);return}let S=e.headers,E=S?(S.Expect??S.expect)==="100-continue":!1,R=i?n.httpsAgent:n.httpAgent;E&&!this.externalAgent&&(R=new(i?bn.default.Agent:
Ic)({keepAlive:!1,maxSockets:1/0})),u=ae.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(R,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let T=e.query?Md(e.query):"",I;if(e.username!=null||e.password!=null){let B=e.username??"",Zt=e.password??"";
I=`${B}:${Zt}`}let A=e.path;T&&(A+=`?${T}`),e.fragment&&(A+=`#${e.fragment}`);let $=e.hostname??"";$[0]==="["&&$.endsWith("]")?$=e.hostname.slice(1,-1):$=e.hostname;
let me={headers:e.headers,host:$,method:e.method,path:A,port:e.port,agent:R,auth:I},z=(i?bn.default.request:b0)(me,B=>{let Zt=new We({statusCode:B.statusCode||-1,
reason:B.statusMessage,headers:m0(B.headers),body:B});y({response:Zt})});if(z.on("error",B=>{u0.includes(B.code)?h(Object.assign(B,{name:"TimeoutError"})):h(B)}),
r){let B=()=>{z.destroy();let Zt=Qm(r);h(Zt)};if(typeof r.addEventListener=="function"){let Zt=r;Zt.addEventListener("abort",B,{once:!0}),z.once("close",()=>Zt.
removeEventListener("abort",B))}else r.onabort=B}let ee=o??n.requestTimeout;d=y0(z,h,n.connectionTimeout),m=E0(z,h,ee,n.throwOnRequestTimeout,s??console);let ue=n.
socketTimeout===void 0?Tc(n):void 0;ue?Zm(z,h,ue,!0):Zm(z,h,n.socketTimeout);let te=me.agent;typeof te=="object"&&"keepAlive"in te&&(f=R0(z,{keepAlive:te.keepAlive,
keepAliveMsecs:te.keepAliveMsecs})),l=C0(z,e,ee,this.externalAgent).catch(B=>(g(),c(B)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=this.
configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocketTimeo\
ut",r=Tc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Tc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return b0=y,Ic=g,i instanceof Ic||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Ic({keepAlive:u,maxSockets:d,...i})})(),httpsAgent:a instanceof
bn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new bn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var to=p(()=>{P0();O()});var Ik,Ak,Ck,O0,N0=p(()=>{U();Ik="169.254.170.2",Ak="169.254.170.23",Ck="[fd00:ec2::23]",O0=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===Ik||t.hostname===Ak||
t.hostname===Ck)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new _(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function D0(t){return new V({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function k0(t,e){let o=await Es(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new _("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:iu(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new _(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new _(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var $0=p(()=>{U();F();O();O()});var L0,U0=p(()=>{L0=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var F0,vk,bk,Pk,Ok,Nk,H0,M0,B0=p(()=>{H();U();to();F0=go(require("node:fs/promises"));N0();$0();U0();vk="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",bk="http://169.\
254.170.2",Pk="AWS_CONTAINER_CREDENTIALS_FULL_URI",Ok="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",Nk="AWS_CONTAINER_AUTHORIZATION_TOKEN",H0=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[vk],o=t.awsContainerCredentialsFullUri??process.env[Pk],
n=t.awsContainerAuthorizationToken??process.env[Nk],s=t.awsContainerAuthorizationTokenFile??process.env[Ok],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${bk}${r}`;else if(o)e=o;else
throw new _(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);O0(a,t.logger);let c=Ne.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=L0(async()=>{let d=D0(a);s?d.headers.Authorization=M0((await F0.default.readFile(s)).toString()):n&&(d.headers.Authorization=M0(
n));try{let m=await c.handle(d,{requestTimeout:l});return k0(m.response).then(f=>G(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new _(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},M0=t=>{if(t.includes(`\r
`))throw new _("Authorization token contains invalid \\r\\n sequence.");return t}});var ef={};St(ef,{fromHttp:()=>H0});var tf=p(()=>{B0()});var Ac,rf=p(()=>{Ac=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Pn,Cc=p(()=>{Pn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function kk(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function $k(t){return{schemeId:"smithy.api#noAuth"}}var V0,W0,q0,of=p(()=>{Re();v();V0=async(t,e,r)=>({operation:oe(e).operation,region:await J(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});W0=t=>{let e=[];return t.operation==="CreateToken"?e.push($k(t)):e.push(kk(t)),
e},q0=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:J(t.authSchemePreference??[])})}});var K0,J0,nf=p(()=>{K0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
J0={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var ro,js=p(()=>{ro={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
est watch"},dependencies:{"@aws-sdk/core":"^3.981.1","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var oo,vc=p(()=>{v();Z();oo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=sa(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return sa(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>M.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var bc,X0=p(()=>{F();Z();vc();bc=class extends Co{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Po({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new oo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Nr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=qd(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),u=M.of(
c),d=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of u.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),n)}}});var Vs,Y0=p(()=>{X0();Vs=class extends bc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Ur,Q0=p(()=>{F();Z();vc();Ur=class extends Ts{serializer;deserializer;codec;mixin=new oo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Po(n),this.serializer=
new As(this.codec.createSerializer(),n),this.deserializer=new Is(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=M.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=M.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Wd(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=M.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function sf(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function cf(t){return new af(t).parse()}var af,Z0=p(
()=>{af=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&sf(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];s.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=s.length===1?s[0]:s.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of s)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&sf(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&sf(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var eT=p(()=>{Z0()});var On,pf=p(()=>{On=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Pc,tT=p(()=>{Pc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function rT(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var oT=p(()=>{});var Oc,nT=p(()=>{eT();v();F();Z();O();pf();tT();oT();Oc=class extends On{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new vo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=M.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(s)[0];return s[u].isBlobSchema()?l[u]=r:l[u]=this.read(
s[u],r),l}let a=(this.serdeContext?.utf8Encoder??re)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=M.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=s?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&rT(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Pc(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=cf(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),ia(s)}return{}}}});var Nc,sT=p(()=>{F();Z();O();O();pf();Nc=class extends On{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=M.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??de)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(un()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Se?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),bo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(So(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=i?`${o}${a}`:`${o}${u}.${a}`;this.write(s,c,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=s.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(s,l,f),this.write(i,u,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[i],u),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${wo(e)}=`}writeValue(e){this.buffer+=wo(e)}}});var Lo,iT=p(()=>{F();Z();vc();nT();sT();Lo=class extends Co{options;serializer;deserializer;mixin=new oo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Nc(r),this.deserializer=new Oc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Nr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=M.of(e.output),i={};if(o.statusCode>=300){let u=await He(o.body,r);u.byteLength>0&&Object.
assign(i,await n.read(15,u)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await He(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),d=M.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of d.structIterator()){let S=h.getMergedTraits().xmlName??y,E=a[S]??n[S];g[y]=this.deserializer.readSchema(h,E)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Uo=p(()=>{Y0();Q0();iT()});var Ws,Mo,Dc,aT,uT,kc,lf,cT,uf,Nn,pT,lT,Uk,dt,Mk,dT,mT=p(()=>{Y();Ws="ref",Mo=-1,Dc=!0,aT="isSet",uT="PartitionResult",kc="booleanEquals",lf="getAttr",cT={[Ws]:"\
Endpoint"},uf={[Ws]:uT},Nn={},pT=[{[Ws]:"Region"}],lT={conditions:[[aT,[cT]],[aT,pT],["aws.partition",pT,uT],[kc,[{[Ws]:"UseFIPS"},Dc]],[kc,[{[Ws]:"UseDualStack"},
Dc]],[kc,[{fn:lf,argv:[uf,"supportsDualStack"]},Dc]],[kc,[{fn:lf,argv:[uf,"supportsFIPS"]},Dc]],["stringEquals",[{fn:lf,argv:[uf,"name"]},"aws-us-gov"]]],results:[
[Mo],[Mo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Mo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[cT,
Nn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Nn],[Mo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Nn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Nn],[Mo,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Nn],[Mo,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Nn],[Mo,"Invalid Configuration: Missing Region"]]},Uk=2,dt=1e8,Mk=new Int32Array([-1,1,-1,0,13,3,1,4,dt+12,2,5,dt+12,3,
8,6,4,7,dt+11,5,dt+9,dt+10,4,11,9,6,10,dt+8,7,dt+6,dt+7,5,12,dt+5,6,dt+4,dt+5,3,dt+1,14,4,dt+2,dt+3]),dT=Qe.from(Mk,Uk,lT.conditions,lT.results)});var Fk,fT,gT=p(()=>{H();Y();mT();Fk=new Ze({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),fT=(t,e={})=>Fk.get(t,()=>$t(dT,{endpointParams:t,logger:e.
logger}));Ae.aws=lt});var Te,$c=p(()=>{v();Te=class t extends Xe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var qs,Ks,Js,Xs,Ys,Qs,Zs,ei,ti,ri,oi,df=p(()=>{$c();qs=class t extends Te{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Ks=class t extends Te{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Js=class t extends Te{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Xs=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ys=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Qs=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Zs=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
ei=class t extends Te{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
ti=class t extends Te{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ri=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},oi=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var Hk,Bk,zk,Gk,jk,Vk,Wk,qk,Kk,Jk,Xk,Yk,Qk,Zk,e1,t1,r1,o1,n1,s1,vr,i1,a1,c1,p1,l1,le,u1,yr,d1,m1,Sr,f1,hT,yT,g1,ST,h1,y1,S1,ge,ET,xT,cr,RT,_T,wT,TT,IT,AT,CT,vT,
bT,PT,OT,mf,E1,x1,R1,_1,NT,DT,kT,ff,Lc=p(()=>{Z();df();$c();Hk="AccessDeniedException",Bk="AuthorizationPendingException",zk="AccessToken",Gk="ClientSecret",jk=
"CreateToken",Vk="CreateTokenRequest",Wk="CreateTokenResponse",qk="CodeVerifier",Kk="ExpiredTokenException",Jk="InvalidClientException",Xk="InvalidGrantExceptio\
n",Yk="InvalidRequestException",Qk="InternalServerException",Zk="InvalidScopeException",e1="IdToken",t1="RefreshToken",r1="SlowDownException",o1="UnauthorizedCl\
ientException",n1="UnsupportedGrantTypeException",s1="accessToken",vr="client",i1="clientId",a1="clientSecret",c1="codeVerifier",p1="code",l1="deviceCode",le="e\
rror",u1="expiresIn",yr="error_description",d1="grantType",m1="http",Sr="httpError",f1="idToken",hT="reason",yT="refreshToken",g1="redirectUri",ST="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",h1="scope",y1="server",S1="tokenType",ge="com.amazonaws.ssooidc",ET=new Q(ST),xT=[-3,ST,"SSOOIDCServiceException",0,[],[]];ET.
registerError(xT,Te);cr=new Q(ge),RT=[-3,ge,Hk,{[le]:vr,[Sr]:400},[le,hT,yr],[0,0,0]];cr.registerError(RT,qs);_T=[-3,ge,Bk,{[le]:vr,[Sr]:400},[le,yr],[0,0]];cr.
registerError(_T,Ks);wT=[-3,ge,Kk,{[le]:vr,[Sr]:400},[le,yr],[0,0]];cr.registerError(wT,Js);TT=[-3,ge,Qk,{[le]:y1,[Sr]:500},[le,yr],[0,0]];cr.registerError(TT,Xs);
IT=[-3,ge,Jk,{[le]:vr,[Sr]:401},[le,yr],[0,0]];cr.registerError(IT,Ys);AT=[-3,ge,Xk,{[le]:vr,[Sr]:400},[le,yr],[0,0]];cr.registerError(AT,Qs);CT=[-3,ge,Yk,{[le]:vr,
[Sr]:400},[le,hT,yr],[0,0,0]];cr.registerError(CT,Zs);vT=[-3,ge,Zk,{[le]:vr,[Sr]:400},[le,yr],[0,0]];cr.registerError(vT,ei);bT=[-3,ge,r1,{[le]:vr,[Sr]:400},[le,
yr],[0,0]];cr.registerError(bT,ti);PT=[-3,ge,o1,{[le]:vr,[Sr]:400},[le,yr],[0,0]];cr.registerError(PT,ri);OT=[-3,ge,n1,{[le]:vr,[Sr]:400},[le,yr],[0,0]];cr.registerError(
OT,oi);mf=[ET,cr],E1=[0,ge,zk,8,0],x1=[0,ge,Gk,8,0],R1=[0,ge,qk,8,0],_1=[0,ge,e1,8,0],NT=[0,ge,t1,8,0],DT=[3,ge,Vk,0,[i1,a1,d1,l1,p1,yT,h1,g1,c1],[0,[()=>x1,0],
0,0,0,[()=>NT,0],64,0,[()=>R1,0]],3],kT=[3,ge,Wk,0,[s1,S1,u1,yT,f1],[[()=>E1,0],0,1,[()=>NT,0],[()=>_1,0]]],ff=[9,ge,jk,{[m1]:["POST","/token",200]},()=>DT,()=>kT]});var $T,LT=p(()=>{Re();Uo();be();Lr();v();F();O();of();gT();Lc();$T=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??ye,base64Encoder:t?.base64Encoder??
de,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??fT,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
W0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new pe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new xe}],logger:t?.logger??new Ee,protocol:t?.protocol??Ur,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:mf,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??it,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ne,utf8Encoder:t?.utf8Encoder??re})});var UT,MT=p(()=>{js();H();Re();v();U();pt();O();to();LT();UT=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=$T(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(ut,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:ro.version}),maxAttempts:t?.
maxAttempts??w(Vt,t),region:t?.region??w(Ie,{...Ye,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...qt,default:async()=>(await r()).
retryMode||et},t),streamCollector:t?.streamCollector??Fe,useDualstackEndpoint:t?.useDualstackEndpoint??w(It,n),useFipsEndpoint:t?.useFipsEndpoint??w(At,n),userAgentAppId:t?.
userAgentAppId??w(Xt,n)}}});var FT,HT,BT=p(()=>{FT=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},HT=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var zT,GT=p(()=>{H();v();F();BT();zT=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),FT(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
HT(r))}});var ni,gf=p(()=>{H();be();v();U();Y();F();pt();Z();of();nf();MT();GT();ni=class extends we{config;constructor(...[e]){let r=UT(e||{});super(r),this.initConfig=r;
let o=K0(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=q0(c),u=zT(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:V0,identityProviderConfigProvider:async d=>new Be(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var jT,VT,WT,qT=p(()=>{v();Y();nf();jT=Nt(J0,"AWSSSOOIDCService","SSOOIDCClient",nr),VT={},WT=(t,e,r,o)=>[]});var si,hf=p(()=>{qT();Lc();si=class extends jT(VT,WT,"CreateToken",ff){}});var w1,Uc,KT=p(()=>{v();hf();gf();w1={CreateTokenCommand:si},Uc=class extends ni{};Dr(w1,Uc)});var JT=p(()=>{hf()});var T1,I1,XT=p(()=>{T1={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},I1={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var YT=p(()=>{});var yf={};St(yf,{$Command:()=>rr,AccessDeniedException:()=>qs,AccessDeniedException$:()=>RT,AccessDeniedExceptionReason:()=>T1,AuthorizationPendingException:()=>Ks,
AuthorizationPendingException$:()=>_T,CreateToken$:()=>ff,CreateTokenCommand:()=>si,CreateTokenRequest$:()=>DT,CreateTokenResponse$:()=>kT,ExpiredTokenException:()=>Js,
ExpiredTokenException$:()=>wT,InternalServerException:()=>Xs,InternalServerException$:()=>TT,InvalidClientException:()=>Ys,InvalidClientException$:()=>IT,InvalidGrantException:()=>Qs,
InvalidGrantException$:()=>AT,InvalidRequestException:()=>Zs,InvalidRequestException$:()=>CT,InvalidRequestExceptionReason:()=>I1,InvalidScopeException:()=>ei,InvalidScopeException$:()=>vT,
SSOOIDC:()=>Uc,SSOOIDCClient:()=>ni,SSOOIDCServiceException:()=>Te,SSOOIDCServiceException$:()=>xT,SlowDownException:()=>ti,SlowDownException$:()=>bT,UnauthorizedClientException:()=>ri,
UnauthorizedClientException$:()=>PT,UnsupportedGrantTypeException:()=>oi,UnsupportedGrantTypeException$:()=>OT,__Client:()=>we,errorTypeRegistries:()=>mf});var Sf=p(
()=>{gf();KT();JT();v();Lc();XT();df();YT();$c()});var QT,ZT=p(()=>{QT=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Sf(),yf)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var eI,tI=p(()=>{ZT();eI=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(Sf(),yf));return(await QT(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Ef,rI=p(()=>{U();Cc();Ef=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new wt(`Token is expired. ${Pn}`,!1)}});var no,oI=p(()=>{U();Cc();no=(t,e,r=!1)=>{if(typeof e>"u")throw new wt(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Pn}`,!1)}});var nI,A1,sI,iI=p(()=>{U();nI=require("node:fs"),{writeFile:A1}=nI.promises,sI=(t,e)=>{let r=ss(t),o=JSON.stringify(e,null,2);return A1(r,o)}});var aI,Mc,xf,cI=p(()=>{U();Cc();tI();rI();oI();iI();aI=new Map,Mc=new Map,xf=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await mr(t),o=Je({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new wt(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new wt(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=Mc.get(s);if(i)return await i;let c=(await us(
t))[s];if(!c)throw new wt(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let E of["sso_start_url","sso_region"])if(!c[E])throw new wt(
`Sso session '${s}' is missing required property '${E}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await as(s)}catch{throw new wt(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Pn}`,!1)}no("accessToken",d.accessToken),no("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Mc.get(s);if(y)return await y;let h=aI.get(s)??0;if(Date.now()-h<30*1e3)
return Ef(g),g;no("clientId",d.clientId,!0),no("clientSecret",d.clientSecret,!0),no("refreshToken",d.refreshToken,!0);let S=(async()=>{try{aI.set(s,Date.now());
let E=await eI(d,u,t,e);no("accessToken",E.accessToken),no("expiresIn",E.expiresIn);let R=new Date(Date.now()+E.expiresIn*1e3);try{await sI(s,{...d,accessToken:E.
accessToken,expiresAt:R.toISOString(),refreshToken:E.refreshToken})}catch{}return{token:E.accessToken,expiration:R}}catch{return Ef(g),g}})();Mc.set(s,S);try{return await S}finally{
Mc.delete(s)}}});var pI=p(()=>{cI()});function v1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function b1(t){return{schemeId:"smithy.api#noAuth"}}var lI,uI,dI,Rf=p(()=>{Re();v();lI=async(t,e,r)=>({operation:oe(e).operation,region:await J(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});uI=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
b1(t)):e.push(v1(t)),e},dI=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:J(t.authSchemePreference??[])})}});var mI,fI,_f=p(()=>{mI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),fI={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var ii,Fo,Fc,gI,EI,Hc,wf,hI,Tf,Dn,yI,SI,P1,mt,O1,xI,RI=p(()=>{Y();ii="ref",Fo=-1,Fc=!0,gI="isSet",EI="PartitionResult",Hc="booleanEquals",wf="getAttr",hI={[ii]:"\
Endpoint"},Tf={[ii]:EI},Dn={},yI=[{[ii]:"Region"}],SI={conditions:[[gI,[hI]],[gI,yI],["aws.partition",yI,EI],[Hc,[{[ii]:"UseFIPS"},Fc]],[Hc,[{[ii]:"UseDualStack"},
Fc]],[Hc,[{fn:wf,argv:[Tf,"supportsDualStack"]},Fc]],[Hc,[{fn:wf,argv:[Tf,"supportsFIPS"]},Fc]],["stringEquals",[{fn:wf,argv:[Tf,"name"]},"aws-us-gov"]]],results:[
[Fo],[Fo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Fo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[hI,
Dn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Dn],[Fo,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Dn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Dn],[Fo,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Dn],[Fo,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Dn],[Fo,"Invalid Configuration: Missing Region"]]},P1=2,mt=1e8,O1=new Int32Array([-1,1,
-1,0,13,3,1,4,mt+12,2,5,mt+12,3,8,6,4,7,mt+11,5,mt+9,mt+10,4,11,9,6,10,mt+8,7,mt+6,mt+7,5,12,mt+5,6,mt+4,mt+5,3,mt+1,14,4,mt+2,mt+3]),xI=Qe.from(O1,P1,SI.conditions,
SI.results)});var N1,_I,wI=p(()=>{H();Y();RI();N1=new Ze({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),_I=(t,e={})=>N1.get(t,()=>$t(xI,{endpointParams:t,logger:e.
logger}));Ae.aws=lt});var Mr,If=p(()=>{v();Mr=class t extends Xe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Bc,zc,Gc,jc,Af=p(()=>{If();Bc=class t extends Mr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zc=class t extends Mr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Gc=class t extends Mr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jc=class t extends Mr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var D1,k1,$1,L1,U1,M1,F1,H1,B1,z1,G1,j1,V1,W1,q1,Vc,Wc,K1,J1,qc,X1,TI,Kc,Y1,Q1,Z1,II,e$,t$,r$,pr,AI,o$,ai,n$,s$,i$,a$,CI,c$,p$,l$,u$,d$,m$,vI,Jc=p(()=>{Z();Af();
If();D1="AccessTokenType",k1="GetRoleCredentials",$1="GetRoleCredentialsRequest",L1="GetRoleCredentialsResponse",U1="InvalidRequestException",M1="RoleCredential\
s",F1="ResourceNotFoundException",H1="SecretAccessKeyType",B1="SessionTokenType",z1="TooManyRequestsException",G1="UnauthorizedException",j1="accountId",V1="acc\
essKeyId",W1="accessToken",q1="account_id",Vc="client",Wc="error",K1="expiration",J1="http",qc="httpError",X1="httpHeader",TI="httpQuery",Kc="message",Y1="roleC\
redentials",Q1="roleName",Z1="role_name",II="smithy.ts.sdk.synthetic.com.amazonaws.sso",e$="secretAccessKey",t$="sessionToken",r$="x-amz-sso_bearer_token",pr="c\
om.amazonaws.sso",AI=new Q(II),o$=[-3,II,"SSOServiceException",0,[],[]];AI.registerError(o$,Mr);ai=new Q(pr),n$=[-3,pr,U1,{[Wc]:Vc,[qc]:400},[Kc],[0]];ai.registerError(
n$,Bc);s$=[-3,pr,F1,{[Wc]:Vc,[qc]:404},[Kc],[0]];ai.registerError(s$,zc);i$=[-3,pr,z1,{[Wc]:Vc,[qc]:429},[Kc],[0]];ai.registerError(i$,Gc);a$=[-3,pr,G1,{[Wc]:Vc,
[qc]:401},[Kc],[0]];ai.registerError(a$,jc);CI=[AI,ai],c$=[0,pr,D1,8,0],p$=[0,pr,H1,8,0],l$=[0,pr,B1,8,0],u$=[3,pr,$1,0,[Q1,j1,W1],[[0,{[TI]:Z1}],[0,{[TI]:q1}],
[()=>c$,{[X1]:r$}]],3],d$=[3,pr,L1,0,[Y1],[[()=>m$,0]]],m$=[3,pr,M1,0,[V1,e$,t$,K1],[0,[()=>p$,0],[()=>l$,0],1]],vI=[9,pr,k1,{[J1]:["GET","/federation/credentia\
ls",200]},()=>u$,()=>d$]});var bI,PI=p(()=>{Re();Uo();be();Lr();v();F();O();Rf();wI();Jc();bI=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??ye,base64Encoder:t?.base64Encoder??
de,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??_I,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
uI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new pe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new xe}],logger:t?.logger??new Ee,protocol:t?.protocol??Ur,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:CI,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??it,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ne,utf8Encoder:t?.utf8Encoder??re})});var OI,NI=p(()=>{js();H();Re();v();U();pt();O();to();PI();OI=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=bI(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(ut,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:ro.version}),maxAttempts:t?.
maxAttempts??w(Vt,t),region:t?.region??w(Ie,{...Ye,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...qt,default:async()=>(await r()).
retryMode||et},t),streamCollector:t?.streamCollector??Fe,useDualstackEndpoint:t?.useDualstackEndpoint??w(It,n),useFipsEndpoint:t?.useFipsEndpoint??w(At,n),userAgentAppId:t?.
userAgentAppId??w(Xt,n)}}});var DI,kI,$I=p(()=>{DI=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},kI=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var LI,UI=p(()=>{H();v();F();$I();LI=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),DI(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
kI(r))}});var kn,Cf=p(()=>{H();be();v();U();Y();F();pt();Z();Rf();_f();NI();UI();kn=class extends we{config;constructor(...[e]){let r=OI(e||{});super(r),this.initConfig=r;
let o=mI(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=dI(c),u=LI(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:lI,identityProviderConfigProvider:async d=>new Be(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var MI,FI,HI,BI=p(()=>{v();Y();_f();MI=Nt(fI,"SWBPortalService","SSOClient",nr),FI={},HI=(t,e,r,o)=>[]});var $n,vf=p(()=>{BI();Jc();$n=class extends MI(FI,HI,"GetRoleCredentials",vI){}});var f$,bf,zI=p(()=>{v();vf();Cf();f$={GetRoleCredentialsCommand:$n},bf=class extends kn{};Dr(f$,bf)});var GI=p(()=>{vf()});var jI=p(()=>{});var VI=p(()=>{Cf();zI();GI();Jc();Af();jI()});var WI={};St(WI,{GetRoleCredentialsCommand:()=>$n,SSOClient:()=>kn});var qI=p(()=>{VI()});var ci,Pf,KI=p(()=>{H();pI();U();ci=!1,Pf=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ue=await xf({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ue.token,expiresAt:new Date(ue.expiration).toISOString()}}catch(ue){throw new _(ue.message,{tryNextLink:ci,logger:f})}else try{g=await as(t)}catch{
throw new _(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:ci,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new _(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:ci,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:E}=await Promise.resolve().then(()=>(qI(),WI)),
R=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
T;try{T=await R.send(new E({accountId:r,roleName:n,accessToken:h}))}catch(ue){throw new _(ue,{tryNextLink:ci,logger:f})}let{roleCredentials:{accessKeyId:I,secretAccessKey:A,
sessionToken:$,expiration:me,credentialScope:_e,accountId:z}={}}=T;if(!I||!A||!$||!me)throw new _("SSO returns an invalid temporary credential.",{tryNextLink:ci,
logger:f});let ee={accessKeyId:I,secretAccessKey:A,sessionToken:$,expiration:new Date(me),..._e&&{credentialScope:_e},...z&&{accountId:z}};return e?G(ee,"CREDEN\
TIALS_SSO","s"):G(ee,"CREDENTIALS_SSO_LEGACY","u"),ee}});var Xc,Of=p(()=>{U();Xc=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new _(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var JI,XI=p(()=>{U();rf();KI();Of();JI=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=Je({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let u=(await mr(t))[c];if(!u)
throw new _(`Profile ${c} was not found.`,{logger:t.logger});if(!Ac(u))throw new _(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let S=(await us(t))[u.sso_session],E=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(n&&n!==S.sso_region)throw new _("Conflic\
ting SSO region"+E,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new _("Conflicting SSO start_url"+E,{tryNextLink:!1,logger:t.logger});u.sso_region=
S.sso_region,u.sso_start_url=S.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Xc(u,t.logger);return Pf({ssoStartUrl:d,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new _('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Pf({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Nf={};St(Nf,{fromSSO:()=>JI,isSsoProfile:()=>Ac,validateSsoProfile:()=>Xc});var Df=p(()=>{XI();rf();Of()});var YI,kf,QI=p(()=>{H();U();YI=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(tf(),ef)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(wc(),_c));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Eo(s(n??{}),i(n))().then(kf)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(wc(),_c));return async()=>s(
n)().then(kf)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Gm(),Vw));
return async()=>s(n)().then(kf)}};if(t in o)return o[t];throw new _(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},kf=t=>G(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Un,Ho,pi,ZI,aA,li,De,$f,eA,tA,rA,oA,nA,ke,Lf,Ln,sA,iA,g$,K,h$,cA,pA=p(()=>{Y();Un="ref",Ho=-1,pi=!0,ZI="isSet",aA="PartitionResult",li="booleanEquals",De="s\
tringEquals",$f="getAttr",eA="us-east-1",tA="sigv4",rA="sts",oA="https://sts.{Region}.{PartitionResult#dnsSuffix}",nA={[Un]:"Endpoint"},ke={[Un]:"Region"},Lf={[Un]:aA},
Ln={},sA=[ke],iA={conditions:[[ZI,[nA]],[ZI,sA],["aws.partition",sA,aA],[li,[{[Un]:"UseFIPS"},pi]],[li,[{[Un]:"UseDualStack"},pi]],[De,[ke,"aws-global"]],[li,[{
[Un]:"UseGlobalEndpoint"},pi]],[De,[ke,"eu-central-1"]],[li,[{fn:$f,argv:[Lf,"supportsDualStack"]},pi]],[li,[{fn:$f,argv:[Lf,"supportsFIPS"]},pi]],[De,[ke,"ap-s\
outh-1"]],[De,[ke,"eu-north-1"]],[De,[ke,"eu-west-1"]],[De,[ke,"eu-west-2"]],[De,[ke,"eu-west-3"]],[De,[ke,"sa-east-1"]],[De,[ke,eA]],[De,[ke,"us-east-2"]],[De,
[ke,"us-west-2"]],[De,[ke,"us-west-1"]],[De,[ke,"ca-central-1"]],[De,[ke,"ap-southeast-1"]],[De,[ke,"ap-northeast-1"]],[De,[ke,"ap-southeast-2"]],[De,[{fn:$f,argv:[
Lf,"name"]},"aws-us-gov"]]],results:[[Ho],["https://sts.amazonaws.com",{authSchemes:[{name:tA,signingName:rA,signingRegion:eA}]}],[oA,{authSchemes:[{name:tA,signingName:rA,
signingRegion:"{Region}"}]}],[Ho,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Ho,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[nA,Ln],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ln],[Ho,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Ln],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Ln],[Ho,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Ln],[Ho,"DualStack is enabled but this partition does not support D\
ualStack"],[oA,Ln],[Ho,"Invalid Configuration: Missing Region"]]},g$=2,K=1e8,h$=new Int32Array([-1,1,-1,0,30,3,1,4,K+14,2,5,K+14,3,25,6,4,24,7,5,K+1,8,6,9,K+13,
7,K+1,10,10,K+1,11,11,K+1,12,12,K+1,13,13,K+1,14,14,K+1,15,15,K+1,16,16,K+1,17,17,K+1,18,18,K+1,19,19,K+1,20,20,K+1,21,21,K+1,22,22,K+1,23,23,K+1,K+2,8,K+11,K+12,
4,28,26,9,27,K+10,24,K+8,K+9,8,29,K+7,9,K+6,K+7,3,K+3,31,4,K+4,K+5]),cA=Qe.from(h$,g$,iA.conditions,iA.results)});var y$,Yc,Uf=p(()=>{H();Y();pA();y$=new Ze({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Yc=(t,e={})=>y$.get(t,()=>$t(cA,
{endpointParams:t,logger:e.logger}));Ae.aws=lt});function uA(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Mf(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function dA(t){return{schemeId:"smithy.api#noAuth"}}var S$,E$,lA,x$,R$,mA,fA,Ff=p(()=>{Re();Us();v();Y();Uf();S$=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=oe(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await an(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},E$=async(t,e,r)=>({operation:oe(e).operation,region:await J(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),lA=S$(E$);x$=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.
name.toLowerCase();return E!=="sigv4a"&&E.startsWith("sigv4")});if(hr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},R$=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(dA(t)),e.push(Mf(t))):(e.push(uA(t)),e.push(Mf(t))),e},mA=x$(Yc,R$,{"aws.auth#sigv4":uA,"aws.auth#sigv4a":Mf,"smithy.api#noA\
uth":dA}),fA=t=>{let e=ar(t),r=wn(e);return Object.assign(r,{authSchemePreference:J(t.authSchemePreference??[])})}});var gA,hA,Hf=p(()=>{gA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),hA={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var ft,Qc=p(()=>{v();ft=class t extends Xe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ui,di,mi,fi,gi,hi,yi,Bf=p(()=>{Qc();ui=class t extends ft{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},di=class t extends ft{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},mi=class t extends ft{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
fi=class t extends ft{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gi=class t extends ft{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},hi=class t extends ft{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yi=class t extends ft{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var _$,w$,T$,I$,A$,C$,zf,v$,b$,P$,O$,Gf,N$,yA,D$,k$,$$,L$,U$,M$,F$,H$,SA,EA,xA,B$,z$,G$,j$,V$,W$,RA,q$,K$,_A,J$,wA,X$,Y$,jf,Q$,Z$,TA,IA,eL,tL,rL,oL,nL,sL,iL,aL,
Bo,zo,cL,Go,jo,Vo,pL,AA,lL,se,CA,vA,so,bA,PA,OA,NA,DA,kA,$A,Vf,uL,dL,Wf,LA,UA,MA,FA,qf,HA,BA,zA,GA,mL,fL,Kf,Jf,Si=p(()=>{Z();Bf();Qc();_$="Arn",w$="AccessKeyId",
T$="AssumeRole",I$="AssumedRoleId",A$="AssumeRoleRequest",C$="AssumeRoleResponse",zf="AssumedRoleUser",v$="AssumeRoleWithWebIdentity",b$="AssumeRoleWithWebIdent\
ityRequest",P$="AssumeRoleWithWebIdentityResponse",O$="Audience",Gf="Credentials",N$="ContextAssertion",yA="DurationSeconds",D$="Expiration",k$="ExternalId",$$=
"ExpiredTokenException",L$="IDPCommunicationErrorException",U$="IDPRejectedClaimException",M$="InvalidIdentityTokenException",F$="Key",H$="MalformedPolicyDocume\
ntException",SA="MinimumSessionTokenSize",EA="Policy",xA="PolicyArns",B$="ProviderArn",z$="ProvidedContexts",G$="ProvidedContextsListType",j$="ProvidedContext",
V$="PolicyDescriptorType",W$="ProviderId",RA="PackedPolicySize",q$="PackedPolicyTooLargeException",K$="Provider",_A="RoleArn",J$="RegionDisabledException",wA="R\
oleSessionName",X$="SecretAccessKey",Y$="SubjectFromWebIdentityToken",jf="SourceIdentity",Q$="SerialNumber",Z$="SessionToken",TA="SessionTokenSize",IA="SessionT\
okenUtilization",eL="Tags",tL="TokenCode",rL="TransitiveTagKeys",oL="Tag",nL="Value",sL="WebIdentityToken",iL="arn",aL="accessKeySecretType",Bo="awsQueryError",
zo="client",cL="clientTokenType",Go="error",jo="httpError",Vo="message",pL="policyDescriptorListType",AA="smithy.ts.sdk.synthetic.com.amazonaws.sts",lL="tagList\
Type",se="com.amazonaws.sts",CA=new Q(AA),vA=[-3,AA,"STSServiceException",0,[],[]];CA.registerError(vA,ft);so=new Q(se),bA=[-3,se,$$,{[Bo]:["ExpiredTokenExcepti\
on",400],[Go]:zo,[jo]:400},[Vo],[0]];so.registerError(bA,ui);PA=[-3,se,L$,{[Bo]:["IDPCommunicationError",400],[Go]:zo,[jo]:400},[Vo],[0]];so.registerError(PA,yi);
OA=[-3,se,U$,{[Bo]:["IDPRejectedClaim",403],[Go]:zo,[jo]:403},[Vo],[0]];so.registerError(OA,gi);NA=[-3,se,M$,{[Bo]:["InvalidIdentityToken",400],[Go]:zo,[jo]:400},
[Vo],[0]];so.registerError(NA,hi);DA=[-3,se,H$,{[Bo]:["MalformedPolicyDocument",400],[Go]:zo,[jo]:400},[Vo],[0]];so.registerError(DA,di);kA=[-3,se,q$,{[Bo]:["Pa\
ckedPolicyTooLarge",400],[Go]:zo,[jo]:400},[Vo],[0]];so.registerError(kA,mi);$A=[-3,se,J$,{[Bo]:["RegionDisabledException",403],[Go]:zo,[jo]:403},[Vo],[0]];so.registerError(
$A,fi);Vf=[CA,so],uL=[0,se,aL,8,0],dL=[0,se,cL,8,0],Wf=[3,se,zf,0,[I$,_$],[0,0],2],LA=[3,se,A$,0,[_A,wA,xA,EA,yA,eL,rL,k$,Q$,tL,jf,z$,SA],[0,0,()=>GA,0,1,()=>fL,
64,0,0,0,0,()=>mL,1],2],UA=[3,se,C$,0,[Gf,zf,RA,jf,IA,TA],[[()=>qf,0],()=>Wf,1,0,1,1]],MA=[3,se,b$,0,[_A,wA,sL,W$,xA,EA,yA,SA],[0,0,[()=>dL,0],0,()=>GA,0,1,1],3],
FA=[3,se,P$,0,[Gf,Y$,zf,RA,K$,O$,jf,IA,TA],[[()=>qf,0],0,()=>Wf,1,0,0,0,1,1]],qf=[3,se,Gf,0,[w$,X$,Z$,D$],[0,[()=>uL,0],0,4],4],HA=[3,se,V$,0,[iL],[0]],BA=[3,se,
j$,0,[B$,N$],[0,0]],zA=[3,se,oL,0,[F$,nL],[0,0],2],GA=[1,se,pL,0,()=>HA],mL=[1,se,G$,0,()=>BA],fL=[1,se,lL,0,()=>zA],Kf=[9,se,T$,0,()=>LA,()=>UA],Jf=[9,se,v$,0,
()=>MA,()=>FA]});var jA,VA=p(()=>{Re();Uo();Us();be();Lr();v();F();O();Ff();Uf();Si();jA=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??ye,base64Encoder:t?.base64Encoder??
de,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Yc,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
mA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new pe},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new xe}],logger:t?.logger??new Ee,protocol:t?.protocol??Lo,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Vf,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??it,signerConstructor:t?.signerConstructor??hr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ne,
utf8Encoder:t?.utf8Encoder??re})});var WA,qA=p(()=>{js();H();Re();be();v();U();pt();O();to();VA();WA=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=jA(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(ut,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:ro.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new pe},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new xe}],maxAttempts:t?.maxAttempts??w(Vt,t),region:t?.region??w(Ie,{...Ye,...n}),requestHandler:Ne.
create(t?.requestHandler??r),retryMode:t?.retryMode??w({...qt,default:async()=>(await r()).retryMode||et},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??w(
Tn,n),streamCollector:t?.streamCollector??Fe,useDualstackEndpoint:t?.useDualstackEndpoint??w(It,n),useFipsEndpoint:t?.useFipsEndpoint??w(At,n),userAgentAppId:t?.
userAgentAppId??w(Xt,n)}}});var KA,JA,XA=p(()=>{KA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},JA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var YA,QA=p(()=>{H();v();F();XA();YA=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),KA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
JA(r))}});var io,Zc=p(()=>{H();be();v();U();Y();F();pt();Z();Ff();Hf();qA();QA();io=class extends we{config;constructor(...[e]){let r=WA(e||{});super(r),this.initConfig=r;
let o=gA(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=fA(c),u=YA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:lA,identityProviderConfigProvider:async d=>new Be(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var ep,tp,rp,Xf=p(()=>{v();Y();Hf();ep=Nt(hA,"AWSSecurityTokenServiceV20110615","STSClient",nr),tp={},rp=(t,e,r,o)=>[]});var Wo,op=p(()=>{Xf();Si();Wo=class extends ep(tp,rp,"AssumeRole",Kf){}});var qo,np=p(()=>{Xf();Si();qo=class extends ep(tp,rp,"AssumeRoleWithWebIdentity",Jf){}});var gL,sp,ZA=p(()=>{v();op();np();Zc();gL={AssumeRoleCommand:Wo,AssumeRoleWithWebIdentityCommand:qo},sp=class extends io{};Dr(gL,sp)});var eC=p(()=>{op();np()});var tC=p(()=>{});var rC,oC,nC,sC,iC,aC=p(()=>{H();op();np();rC=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},oC=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await Em(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},nC=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await oC(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),S=!iC(f);r=new e({...t,userAgentAppId:y,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new Wo(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=rC(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return G(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},sC=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await oC(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!iC(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?d:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new qo(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=rC(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&G(a,"RESOLVED_ACCOUNT_ID","T"),G(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},iC=t=>t?.metadata?.handlerProtocol==="h2"});var cC,pC,lC,hL,uC=p(()=>{aC();Zc();cC=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,pC=(t={},e)=>nC(t,cC(io,e)),
lC=(t={},e)=>sC(t,cC(io,e)),hL=t=>e=>t({roleAssumer:pC(e),roleAssumerWithWebIdentity:lC(e),...e})});var Yf={};St(Yf,{$Command:()=>rr,AssumeRole$:()=>Kf,AssumeRoleCommand:()=>Wo,AssumeRoleRequest$:()=>LA,AssumeRoleResponse$:()=>UA,AssumeRoleWithWebIdentity$:()=>Jf,
AssumeRoleWithWebIdentityCommand:()=>qo,AssumeRoleWithWebIdentityRequest$:()=>MA,AssumeRoleWithWebIdentityResponse$:()=>FA,AssumedRoleUser$:()=>Wf,Credentials$:()=>qf,
ExpiredTokenException:()=>ui,ExpiredTokenException$:()=>bA,IDPCommunicationErrorException:()=>yi,IDPCommunicationErrorException$:()=>PA,IDPRejectedClaimException:()=>gi,
IDPRejectedClaimException$:()=>OA,InvalidIdentityTokenException:()=>hi,InvalidIdentityTokenException$:()=>NA,MalformedPolicyDocumentException:()=>di,MalformedPolicyDocumentException$:()=>DA,
PackedPolicyTooLargeException:()=>mi,PackedPolicyTooLargeException$:()=>kA,PolicyDescriptorType$:()=>HA,ProvidedContext$:()=>BA,RegionDisabledException:()=>fi,RegionDisabledException$:()=>$A,
STS:()=>sp,STSClient:()=>io,STSServiceException:()=>ft,STSServiceException$:()=>vA,Tag$:()=>zA,__Client:()=>we,decorateDefaultCredentialProvider:()=>hL,errorTypeRegistries:()=>Vf,
getDefaultRoleAssumer:()=>pC,getDefaultRoleAssumerWithWebIdentity:()=>lC});var Qf=p(()=>{Zc();ZA();eC();v();Si();Bf();tC();uC();Qc()});var mC,yL,SL,fC,dC,gC=p(()=>{H();U();QI();mC=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(yL(t,{
profile:e,logger:r})||SL(t,{profile:e,logger:r})),yL=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},SL=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},fC=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(Qf(),Yf));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new _(`Detected a cycle attempting to resolve credentials for profile ${Je(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},dC(e[a]??{})):(await YI(i.credential_source,t,r.logger)(r))();if(dC(i))return l.then(u=>G(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new _(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>G(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},dC=t=>!t.role_arn&&!!t.credential_source});function EL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function xL(t){return{schemeId:"smithy.api#noAuth"}}var hC,yC,SC,Zf=p(()=>{Re();v();hC=async(t,e,r)=>({operation:oe(e).operation,region:await J(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});yC=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(xL(t)):e.push(EL(
t)),e},SC=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:J(t.authSchemePreference??[])})}});var EC,xC,eg=p(()=>{EC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),xC=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var po,ao,RC,Mn,_C,Fn,wC,rg,Fr,tg,TC,IC,co,bC,AC,ip,ze,CC,vC,RL,j,_L,PC,OC=p(()=>{Y();po="ref",ao=-1,RC=!1,Mn=!0,_C="isSet",Fn="booleanEquals",wC="coalesce",rg=
"PartitionResult",Fr="stringEquals",tg="getAttr",TC="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",IC={[po]:"Endpoint"},co={fn:tg,argv:[{[po]:rg},
"name"]},bC={[po]:"Region"},AC={[po]:rg},ip={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},ze={},CC=[bC],vC={conditions:[[_C,CC],[
Fn,[{fn:wC,argv:[{[po]:"IsControlPlane"},RC]},Mn]],[_C,[IC]],["aws.partition",CC,rg],[Fn,[{[po]:"UseFIPS"},Mn]],[Fr,[co,"aws"]],[Fn,[{fn:wC,argv:[{[po]:"IsOAuth\
Endpoint"},RC]},Mn]],[Fn,[{[po]:"UseDualStack"},Mn]],[Fr,[co,"aws-cn"]],[Fr,[bC,"us-gov-west-1"]],[Fr,[co,"aws-us-gov"]],[Fn,[{fn:tg,argv:[AC,"supportsFIPS"]},Mn]],
[Fr,[co,"aws-iso"]],[Fr,[co,"aws-iso-b"]],[Fr,[co,"aws-iso-f"]],[Fr,[co,"aws-iso-e"]],[Fr,[co,"aws-eusc"]],[Fn,[{fn:tg,argv:[AC,"supportsDualStack"]},Mn]]],results:[
[ao],["https://signin.{Region}.api.aws",ip],["https://signin.{Region}.api.amazonwebservices.com.cn",ip],[TC,ip],[ao,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",ip],["https://{Region}.signin.aws.amazon.com",ze],["https://{Regio\
n}.signin.amazonaws.cn",ze],["https://{Region}.signin.amazonaws-us-gov.com",ze],["https://{Region}.signin.c2shome.ic.gov",ze],["https://{Region}.signin.sc2shome\
.sgov.gov",ze],["https://{Region}.signin.csphome.hci.ic.gov",ze],["https://{Region}.signin.csphome.adc-e.uk",ze],["https://{Region}.signin.amazonaws-eusc.eu",ze],
["https://signin-fips.amazonaws-us-gov.com",ze],["https://{Region}.signin-fips.amazonaws-us-gov.com",ze],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
ze],[ao,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ao,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[IC,ze],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",ze],[ao,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",ze],[ao,"FIPS is enabled but this partition does not support FIPS"],[TC,ze],[ao,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",ze],[ao,"Invalid Configuration: Missing Region"]]},RL=2,
j=1e8,_L=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,j+27,6,j+4,j+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,j+7,13,10,j+8,14,12,j+9,15,13,j+10,16,14,j+11,17,
15,j+12,18,16,j+13,j+16,6,j+5,20,7,21,j+6,17,j+24,j+25,6,j+4,23,7,27,24,9,j+14,25,10,j+15,26,11,j+22,j+23,11,28,j+21,17,j+20,j+21,2,35,30,3,39,31,4,32,j+27,6,j+
4,33,7,j+27,34,9,j+14,j+27,3,39,36,4,38,37,7,j+18,j+19,6,j+4,j+17,5,j+1,40,8,j+2,j+3]),PC=Qe.from(_L,RL,vC.conditions,vC.results)});var wL,NC,DC=p(()=>{H();Y();OC();wL=new Ze({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),NC=(t,e={})=>wL.get(
t,()=>$t(PC,{endpointParams:t,logger:e.logger}));Ae.aws=lt});var Er,ap=p(()=>{v();Er=class t extends Xe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ei,xi,Ri,_i,og=p(()=>{ap();Ei=class t extends Er{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},xi=class t extends Er{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Ri=class t extends Er{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},_i=class t extends Er{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var TL,IL,AL,CL,vL,bL,PL,OL,NL,DL,kL,$L,LL,UL,ML,kC,ng,FL,cg,$C,LC,HL,lo,sg,BL,ig,zL,BC,pg,UC,$e,pp,GL,cp,MC,zC,FC,HC,jL,VL,WL,ag,qL,Ge,GC,jC,wi,VC,WC,qC,KC,lg,
KL,JC,XC,YC,QC,ZC,ev,tv,rv,ug,dg,Ti=p(()=>{Z();og();ap();TL="AccessDeniedException",IL="AccessToken",AL="CreateOAuth2Token",CL="CreateOAuth2TokenRequest",vL="Cr\
eateOAuth2TokenRequestBody",bL="CreateOAuth2TokenResponseBody",PL="CreateOAuth2TokenResponse",OL="CreateOAuth2TokenWithIAM",NL="CreateOAuth2TokenWithIAMRequest",
DL="CreateOAuth2TokenWithIAMResponse",kL="InternalServerException",$L="OAuthAccessToken",LL="RefreshToken",UL="TooManyRequestsError",ML="ValidationException",kC=
"accessKeyId",ng="accessToken",FL="access_token",cg="client",$C="clientId",LC="codeVerifier",HL="code",lo="error",sg="expiresIn",BL="expires_in",ig="grantType",
zL="grant_type",BC="http",pg="httpError",UC="idToken",$e="jsonName",pp="message",GL="resource",cp="refreshToken",MC="redirectUri",zC="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",FC="secretAccessKey",HC="sessionToken",jL="server",VL="tokenInput",WL="tokenOutput",ag="tokenType",qL="token_type",Ge="com.amazonaws.signin",
GC=new Q(zC),jC=[-3,zC,"SigninServiceException",0,[],[]];GC.registerError(jC,Er);wi=new Q(Ge),VC=[-3,Ge,TL,{[lo]:cg},[lo,pp],[0,0],2];wi.registerError(VC,Ei);WC=
[-3,Ge,kL,{[lo]:jL,[pg]:500},[lo,pp],[0,0],2];wi.registerError(WC,xi);qC=[-3,Ge,UL,{[lo]:cg,[pg]:429},[lo,pp],[0,0],2];wi.registerError(qC,Ri);KC=[-3,Ge,ML,{[lo]:cg,
[pg]:400},[lo,pp],[0,0],2];wi.registerError(KC,_i);lg=[GC,wi],KL=[0,Ge,$L,8,0],JC=[0,Ge,LL,8,0],XC=[3,Ge,IL,8,[kC,FC,HC],[[0,{[$e]:kC}],[0,{[$e]:FC}],[0,{[$e]:HC}]],
3],YC=[3,Ge,CL,0,[VL],[[()=>QC,16]],1],QC=[3,Ge,vL,0,[$C,ig,HL,MC,LC,cp],[[0,{[$e]:$C}],[0,{[$e]:ig}],0,[0,{[$e]:MC}],[0,{[$e]:LC}],[()=>JC,{[$e]:cp}]],2],ZC=[3,
Ge,PL,0,[WL],[[()=>ev,16]],1],ev=[3,Ge,bL,0,[ng,ag,sg,cp,UC],[[()=>XC,{[$e]:ng}],[0,{[$e]:ag}],[1,{[$e]:sg}],[()=>JC,{[$e]:cp}],[0,{[$e]:UC}]],4],tv=[3,Ge,NL,0,
[ig,GL],[[0,{[$e]:zL}],0],2],rv=[3,Ge,DL,0,[ng,ag,sg],[[()=>KL,{[$e]:FL}],[0,{[$e]:qL}],[1,{[$e]:BL}]],3],ug=[9,Ge,AL,{[BC]:["POST","/v1/token",200]},()=>YC,()=>ZC],
dg=[9,Ge,OL,{[BC]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>tv,()=>rv]});var ov,nv=p(()=>{Re();Uo();be();Lr();v();F();O();Zf();DC();Ti();ov=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??ye,base64Encoder:t?.base64Encoder??
de,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??NC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
yC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new pe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new xe}],logger:t?.logger??new Ee,protocol:t?.protocol??Ur,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:lg,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??it,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ne,utf8Encoder:t?.utf8Encoder??re})});var sv,iv=p(()=>{js();H();Re();v();U();pt();O();to();nv();sv=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=ov(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(ut,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:ro.version}),maxAttempts:t?.
maxAttempts??w(Vt,t),region:t?.region??w(Ie,{...Ye,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...qt,default:async()=>(await r()).
retryMode||et},t),streamCollector:t?.streamCollector??Fe,useDualstackEndpoint:t?.useDualstackEndpoint??w(It,n),useFipsEndpoint:t?.useFipsEndpoint??w(At,n),userAgentAppId:t?.
userAgentAppId??w(Xt,n)}}});var av,cv,pv=p(()=>{av=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},cv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var lv,uv=p(()=>{H();v();F();pv();lv=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),av(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
cv(r))}});var Ii,mg=p(()=>{H();be();v();U();Y();F();pt();Z();Zf();eg();iv();uv();Ii=class extends we{config;constructor(...[e]){let r=sv(e||{});super(r),this.initConfig=r;
let o=EC(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=SC(c),u=lv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:hC,identityProviderConfigProvider:async d=>new Be(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var lp,dv,mv,up,fg=p(()=>{v();Y();eg();lp=Nt(xC,"Signin","SigninClient",nr),dv={IsControlPlane:{type:"staticContextParams",value:!1}},mv={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},up=(t,e,r,o)=>[]});var Ai,gg=p(()=>{fg();Ti();Ai=class extends lp(dv,up,"CreateOAuth2Token",ug){}});var Ci,hg=p(()=>{fg();Ti();Ci=class extends lp(mv,up,"CreateOAuth2TokenWithIAM",dg){}});var JL,dp,fv=p(()=>{v();gg();hg();mg();JL={CreateOAuth2TokenCommand:Ai,CreateOAuth2TokenWithIAMCommand:Ci},dp=class extends Ii{};Dr(JL,dp)});var gv=p(()=>{gg();hg()});var XL,hv=p(()=>{XL={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var yv=p(()=>{});var Sv={};St(Sv,{$Command:()=>rr,AccessDeniedException:()=>Ei,AccessDeniedException$:()=>VC,AccessToken$:()=>XC,CreateOAuth2Token$:()=>ug,CreateOAuth2TokenCommand:()=>Ai,
CreateOAuth2TokenRequest$:()=>YC,CreateOAuth2TokenRequestBody$:()=>QC,CreateOAuth2TokenResponse$:()=>ZC,CreateOAuth2TokenResponseBody$:()=>ev,CreateOAuth2TokenWithIAM$:()=>dg,
CreateOAuth2TokenWithIAMCommand:()=>Ci,CreateOAuth2TokenWithIAMRequest$:()=>tv,CreateOAuth2TokenWithIAMResponse$:()=>rv,InternalServerException:()=>xi,InternalServerException$:()=>WC,
OAuth2ErrorCode:()=>XL,Signin:()=>dp,SigninClient:()=>Ii,SigninServiceException:()=>Er,SigninServiceException$:()=>jC,TooManyRequestsError:()=>Ri,TooManyRequestsError$:()=>qC,
ValidationException:()=>_i,ValidationException$:()=>KC,__Client:()=>we,errorTypeRegistries:()=>lg});var Ev=p(()=>{mg();fv();gv();v();Ti();hv();og();yv();ap()});var uo,mp,xv,vi,fp,Rv=p(()=>{U();F();uo=require("node:crypto"),mp=require("node:fs"),xv=require("node:os"),vi=require("node:path"),fp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new _(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(Ev(),Sv)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(E=>E?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let E=await h.send(new l(S)),{accessKeyId:R,secretAccessKey:T,
sessionToken:I}=E.tokenOutput?.accessToken??{},{refreshToken:A,expiresIn:$}=E.tokenOutput??{};if(!R||!T||!I||!A)throw new _("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let me=($??900)*1e3,_e=new Date(Date.now()+me),z={...i,accessToken:{...i.accessToken,accessKeyId:R,secretAccessKey:T,
sessionToken:I,expiresAt:_e.toISOString()},refreshToken:A};return await this.saveToken(z),this.toCredentials(z.accessToken)}catch(E){if(E.name==="AccessDeniedEx\
ception"){let T=E.error,I;switch(T){case"TOKEN_EXPIRED":I="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":I="Unable to r\
efresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":I="Unable to refres\
h credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:I=`Failed to refresh token: ${String(
E)}. Please re-authenticate using \`aws login\``}throw new _(I,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(E)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new _(`Failed to refresh tok\
en: ${String(E)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await mp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new _(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new _(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,vi.dirname)(r);try{await mp.promises.mkdir(o,{recursive:!0})}catch{}
await mp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,vi.join)((0,xv.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,uo.createHash)("sha256").update(r).digest("hex");return(0,vi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(V.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,uo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,uo.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let E=0;E<i.length;E++)if(i[E]===4){a=E;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,y=(0,uo.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new _(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var _v,wv=p(()=>{H();U();Rv();_v=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await mr(
t||{}),o=Je({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new _(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new fp(n,t,e).loadCredentials();return G(i,"CREDENTIALS_LOGIN","AD")}});var Tv={};St(Tv,{fromLoginCredentials:()=>_v});var Iv=p(()=>{wv()});var Av,Cv,vv=p(()=>{H();Av=t=>!!(t&&t.login_session),Cv=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(Iv(),Tv)),n=await o({...e,profile:t})(
{callerClientConfig:r});return G(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var bv,Pv=p(()=>{H();bv=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return G(n,"CREDENTIALS_PROCESS","w"),n}});var Ov,Nv,Dv,kv=p(()=>{U();Ov=require("node:child_process"),Nv=require("node:util");Pv();Dv=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,Nv.promisify)(ds?.getTokenRecord?.().exec??Ov.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return bv(t,a,e)}catch(i){throw new _(i.message,{logger:r})}}else throw new _(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new _(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var $v,Lv=p(()=>{U();kv();$v=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await mr(t);
return Dv(Je({profile:t.profile??e?.profile}),r,t.logger)}});var yg={};St(yg,{fromProcess:()=>$v});var Sg=p(()=>{Lv()});var Uv,Mv,Fv=p(()=>{H();Uv=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",Mv=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Sg(),yg)),
o=await r({...t,profile:e})();return G(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var Hv,Bv,zv=p(()=>{H();Hv=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Df(),Nf));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?G(s,"CREDENTIALS_PROFILE_SSO","r"):G(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},Bv=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Eg,xg,Gv=p(()=>{H();Eg=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,xg=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return G(r,"CREDENTIALS_PROFILE","n")}});var gp,Rg=p(()=>{gp=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(Qf(),Yf));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var Vv,jv,YL,QL,Wv,qv=p(()=>{H();U();Vv=require("node:fs");Rg();jv="AWS_WEB_IDENTITY_TOKEN_FILE",YL="AWS_ROLE_ARN",QL="AWS_ROLE_SESSION_NAME",Wv=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[jv],o=t?.roleArn??process.env[YL],n=t?.roleSessionName??
process.env[QL];if(!r||!o)throw new _("Web identity configuration not specified",{logger:t.logger});let s=await gp({...t,webIdentityToken:ds?.getTokenRecord?.()[r]??
(0,Vv.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[jv]&&G(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var _g={};St(_g,{fromTokenFile:()=>Wv,fromWebToken:()=>gp});var wg=p(()=>{qv();Rg()});var Kv,Jv,Xv=p(()=>{H();Kv=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,Jv=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(wg(),_g)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return G(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Tg,Yv=p(()=>{U();gC();vv();Fv();zv();Gv();Xv();Tg=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Eg(i))return xg(i,r);if(s||mC(i,{profile:t,
logger:r.logger}))return fC(t,e,r,o,n,Tg);if(Eg(i))return xg(i,r);if(Kv(i))return Jv(i,r,o);if(Uv(i))return Mv(r,t);if(Bv(i))return await Hv(t,i,r,o);if(Av(i))return Cv(
t,r,o);throw new _(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var Qv,Zv=p(()=>{U();Yv();Qv=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await mr(t);return Tg(
Je({profile:t.profile??e?.profile}),r,t,e)}});var eb={};St(eb,{fromIni:()=>Qv});var tb=p(()=>{Zv()});var Wl=require("node:fs"),ho=require("node:os");function Lg(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=o(r,{method:e.method??
"GET",headers:e.headers,agent:!1,signal:e.signal,timeout:e.timeoutMs},a=>{let c=[];a.on("data",l=>c.push(l)),a.on("error",s),a.on("end",()=>n({status:a.statusCode??
0,text:Buffer.concat(c).toString("utf8")}))});if(e.connectTimeoutMs!==void 0){let a=e.connectTimeoutMs;i.on("socket",c=>{let l=setTimeout(()=>i.destroy(new Error(
`no connection within ${a} ms`)),a);c.once("connect",()=>clearTimeout(l)),c.once("close",()=>clearTimeout(l))})}i.on("timeout",()=>i.destroy(new Error(`no answe\
r within ${e.timeoutMs} ms`))),i.on("error",s),i.end(e.body)})}var iO=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A");function Vn(t,e=""){process.stdout.write(`::${t}::${iO(e)}${ho.EOL}`)}function Ug(t){return(process.
env[`INPUT_${t.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function Mg(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set:\
 not running in a GitHub Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the \
delimiter`);(0,Wl.appendFileSync)(o,`${e}<<${n}${ho.EOL}${r}${ho.EOL}${n}${ho.EOL}`,"utf8")}var Fg=(t,e)=>Mg("OUTPUT",t,e),ql=(t,e)=>Mg("STATE",t,e),Hg=t=>process.
env[`STATE_${t}`]??"",Kl=t=>Vn("add-mask",t),Bg=t=>{process.stdout.write(`${t}${ho.EOL}`)},zg=t=>Vn("warning",t),aO=t=>Vn("error",t);function Gg(t){process.exitCode=
1,aO(t)}async function jg(t,e){Vn("group",t);try{return await e()}finally{Vn("endgroup")}}function Vg(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Wl.appendFileSync)(
e,`${t}${ho.EOL}`,"utf8")}var cO=4,pO=1e4;async function Wg(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||
!r)throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){
let s;try{let i=await Lg(o,{headers:{Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:pO});if(i.status===200){let a=lO(i.text);if(!a)throw new Error(
"the token service answered without a token");return Kl(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){
if(i.message.startsWith("the token service"))throw i;s=i.message}if(n>=cO)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function lO(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var Yg=require("node:child_process"),Qg=require("node:fs");var L=class extends Error{constructor(r,o,n){super(`${r}: ${Wn(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},Hr=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},er=class extends Hr{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},tr=class extends Hr{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},Ve=class extends Hr{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Di=class extends Hr{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},lr=class extends Hr{constructor(e,r){
super(e,r),this.name="DockerError"}},dO=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function Wn(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(dO,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function ki(t){return t instanceof L?{message:t.message,exitCode:2}:t instanceof Hr?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Br=require("node:fs");var Jl="sts.amazonaws.com",Kn=[{name:"repository",type:"string",required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming ru\
le before any AWS call."},{name:"aws-region",type:"string",defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"r\
ole-to-assume",type:"string",defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the \
CI's OIDC token."},{name:"audience",type:"string",default:Jl,description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"\
web-identity-token-file",type:"path",defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"\
role-session-name",type:"string",defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\
\u201364 characters)."},{name:"role-duration-seconds",type:"integer",default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{
name:"registry-id",type:"string",defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes."},{name:"\
create-repository",type:"boolean",default:"true",description:"Create the repository when it is missing."},{name:"image-tag-mutability",type:"enum",default:"MUTA\
BLE",values:["MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"],description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSI\
ON (the extra `tags` stay mutable)."},{name:"scan-on-push",type:"boolean",default:"true",description:"Scan on push, for a created repository."},{name:"encryptio\
n-type",type:"enum",default:"AES256",values:["AES256","KMS"],description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-k\
ey",type:"string",description:"KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",type:"path",description:"Path to a lifecycle po\
licy JSON file, applied to the repository."},{name:"repository-policy",type:"path",description:"Path to a repository policy JSON file, applied to the repository\
."},{name:"context",type:"path",default:".",description:"Build context directory."},{name:"dockerfile",type:"path",defaultText:"`Dockerfile` in the context",description:"\
Dockerfile path."},{name:"build-args",type:"list",description:"Build arguments, newline-separated `KEY=VALUE`."},{name:"target",type:"string",description:"Build\
 stage to build."},{name:"platform",type:"string",description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",type:"boolean",default:"\
false",description:"BuildKit registry cache kept in the same ECR repository (needs buildx)."},{name:"provenance",type:"boolean",default:"false",description:"Bui\
ldKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"\
image",type:"string",description:"Push this existing local image instead of building."},{name:"commit-sha",type:"string",defaultText:"`GITHUB_SHA` (the PR head \
on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",type:"list",description:"\
Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",type:"boolean",default:"false",description:"When the SHA \
tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",type:"boolean",default:"true",
description:"Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"timeout-seconds",type:"integer",default:"3600",description:"Upper bound o\
n the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attem\
pts of at most 30 s."}],$i=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id"],zr=[{name:"\
registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"Repository U\
RI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"Dig\
est (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",description:"\
Tags applied, comma-separated, the SHA first."},{name:"pushed",description:"`true`, or `false` when nothing was uploaded (skip-existing hit, immutable SHA alrea\
dy there, or push: false)."}],Li=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`;var mO=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,fO=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,gO=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,hO=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
yO=/^[\w+=,.@-]{2,64}$/,SO=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
EO=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,xO=/^[A-Za-z_][A-Za-z0-9_]*=/,RO=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,_O=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
wO=/^[0-9a-f]{40}$/,TO=/^[\x21-\x7e]{1,256}$/,IO=4096,AO=65536,ur={repository:t=>t.length>=2&&t.length<=256&&mO.test(t)?void 0:"is not a valid ECR repository na\
me: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:t=>gO.test(t)?void 0:"is not an AWS region name like `\
eu-west-1`",tag:t=>fO.test(t)?void 0:"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`",commitSha:t=>wO.test(t)?void 0:"is not a full commit SHA (4\
0 hex characters)",sessionName:t=>yO.test(t)?void 0:"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"};function qn(t,e,r){if(r)throw new L(
t,e,r)}function CO(t,e){if(/^(true|1)$/i.test(e))return!0;if(/^(false|0)$/i.test(e))return!1;throw new L(t,e,"is not a boolean: use true or false")}function qg(t,e,r,o){
let n=/^\d{1,6}$/.test(e)?Number(e):NaN;if(!(n>=r&&n<=o))throw new L(t,e,`is not a whole number from ${r} to ${o}`);return n}function Kg(t,e,r){let o=e.toUpperCase();
if(!r.includes(o))throw new L(t,e,`is not one of ${r.join(", ")}`);return o}function Xg(t,e){return t.split(e?/[\n,]/:/\n/).map(r=>r.replace(/\r$/,"").trim()).filter(
r=>r!=="")}function vO(t){let e=Xg(t,!0);for(let r of e)qn("tags",r,ur.tag(r));if(e.length>100)throw new L("tags",t,"lists more than 100 tags");return[...new Set(
e)]}function bO(t){let e=Xg(t,!1);for(let r of e)if(!xO.test(r))throw new L("build-args",r,"is not `KEY=VALUE` with KEY made of letters, digits and `_`");return e}
function Xl(t,e){if(!(0,Br.existsSync)(e)||!(0,Br.statSync)(e).isFile())throw new L(t,e,"is not a readable file");return e}function Jg(t,e){Xl(t,e);try{JSON.parse(
(0,Br.readFileSync)(e,"utf8"))}catch{throw new L(t,e,"does not contain valid JSON")}return e}function Jn(t,e="deliver"){let r=z=>{let ee=Kn.find(B=>B.name===z);
if(!ee)throw new Error(`unknown option ${z}`);let ue=t(z),te=ue===void 0||ue.trim()===""?void 0:ee.type==="list"?ue:ue.trim();if(te!==void 0){let B=ee.type==="l\
ist"?AO:IO;if(te.length>B)throw new L(z,te,`is longer than ${B} characters`);if((ee.type==="list"?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(te))
throw new L(z,te,"contains control characters")}return te??ee.default},o=(z,ee,ue)=>{let te=r(z);if(te!==void 0&&!ee.test(te))throw new L(z,te,ue);return te},n=z=>CO(
z,r(z)),s=r("repository")??(e==="login"?"":void 0);if(s===void 0)throw new L("repository","","is required: the ECR repository to deliver to");s!==""&&qn("reposi\
tory",s,ur.repository(s));let i=r("aws-region");i!==void 0&&qn("aws-region",i,ur.region(i));let a=o("role-to-assume",hO,"is not an IAM role ARN like `arn:aws:ia\
m::123456789012:role/name`"),c=o("audience",TO,"is not a valid audience: 1\u2013256 printable characters, no spaces"),l=r("web-identity-token-file"),u=r("role-s\
ession-name");u!==void 0&&qn("role-session-name",u,ur.sessionName(u));let d=qg("role-duration-seconds",r("role-duration-seconds"),900,43200),m=o("registry-id",/^\d{12}$/,
"is not an AWS account id (12 digits)"),f=Kg("encryption-type",r("encryption-type"),["AES256","KMS"]),g=o("kms-key",SO,"is not a KMS key ARN, key id or `alias/\u2026\
`");if(g!==void 0&&f!=="KMS")throw new L("kms-key",g,"needs `encryption-type: KMS`");let y=r("lifecycle-policy"),h=r("repository-policy"),S=o("image",_O,"is not\
 a local image reference like `name:tag` or an image id"),E=r("context"),R=r("dockerfile"),T=n("skip-existing"),I=r("platform");if(I!==void 0){for(let z of I.split(
",").map(ee=>ee.trim()))if(!EO.test(z))throw new L("platform",I,"is not a comma-separated list of `os/arch[/variant]`")}let A=r("commit-sha")?.toLowerCase();A!==
void 0&&qn("commit-sha",A,ur.commitSha(A));let $=r("build-args"),me=r("tags"),_e={repository:s,awsRegion:i,roleToAssume:a,audience:c,webIdentityTokenFile:l===void 0?
void 0:Xl("web-identity-token-file",l),roleSessionName:u,roleDurationSeconds:d,registryId:m,createRepository:n("create-repository"),imageTagMutability:Kg("image\
-tag-mutability",r("image-tag-mutability"),["MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"]),scanOnPush:n("scan-on-push"),encryptionType:f,kmsKey:g,lifecyclePolicy:y===
void 0?void 0:Jg("lifecycle-policy",y),repositoryPolicy:h===void 0?void 0:Jg("repository-policy",h),context:E,dockerfile:R,buildArgs:$===void 0?[]:bO($),target:o(
"target",RO,"is not a build stage name"),platform:I,cache:n("cache"),provenance:n("provenance"),image:S,commitSha:A,tags:me===void 0?[]:vO(me),skipExisting:T,push:n(
"push"),timeoutSeconds:qg("timeout-seconds",r("timeout-seconds"),1,86400)};return e==="deliver"&&PO(_e),_e}function PO(t){if(t.image!==void 0){for(let e of["doc\
kerfile","target","platform","build-args"])if(e==="build-args"?t.buildArgs.length>0:t[e]!==void 0)throw new L(e,String(e==="build-args"?t.buildArgs.join(`
`):t[e]),"cannot be combined with `image` (nothing is built)");return}t.skipExisting||Yl(t)}function Yl(t){if(!(0,Br.existsSync)(t.context)||!(0,Br.statSync)(t.
context).isDirectory())throw new L("context",t.context,"is not a directory");Xl("dockerfile",Ql(t))}function Ql(t){return t.dockerfile??`${t.context.replace(/\/+$/,
"")}/Dockerfile`}function OO(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Xn(t,e=process.env,r="deliver"){return{ci:OO(e),region:NO(
t,e),commitSha:r==="login"?"":$O(t,e),sessionName:t.roleSessionName??LO(e),sourceUrl:UO(e)}}function NO(t,e){let r=t.awsRegion??(e.AWS_REGION||e.AWS_DEFAULT_REGION);
if(!r)throw new L("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=ur.region(r);if(o)throw new L("aws-region",r,o);return r}
function DO(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&t.GITHUB_EVENT_PATH)try{let r=JSON.parse((0,Qg.readFileSync)(t.GITHUB_EVENT_PATH,"ut\
f8")).pull_request?.head?.sha;if(r)return r}catch{}return t.GITHUB_SHA}function kO(){try{return(0,Yg.execFileSync)("git",["rev-parse","HEAD"],{encoding:"utf8",stdio:[
"ignore","pipe","ignore"]}).trim()}catch{return}}function $O(t,e){let r=(t.commitSha??DO(e)??e.CIRCLE_SHA1??kO())?.toLowerCase();if(!r)throw new L("commit-sha",
"","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=ur.commitSha(r);if(o)throw new L("commit-sha",r,o);return r}function LO(t){
return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??String(Date.now())}`.replace(
/[^\w+=,.@-]/g,"-").slice(0,64)}function UO(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;let e=t.CIRCLE_REPOSITORY_URL;
if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var Zg=5,MO=5e3,FO=3e4,HO=2e3;function BO(t=1/0){let e=Math.max(1e3,Math.min(FO,Math.floor(t/3)));return{connectionTimeout:Math.min(MO,e),requestTimeout:e}}function Ui(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:Zg,requestHandler:{...BO(r?.ms),throwOnRequestTimeout:!0}}}function Mi(t){let e=t??{},r=e.name??"",
o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.
test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,
throttled:o}}function Fi(t,e){return e?`AWS kept throttling ${t} for longer than ${Zg} attempts with backoff: re-run later, spread out concurrent deliveries, or\
 raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_E\
NDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Yn=class{constructor(e){this.seconds=e;this.expired=new Promise((r,o)=>{this.timer=setTimeout(()=>{
o(new Di(e,[...new Set(this.waiting)])),this.controller.abort(),setTimeout(()=>process.exit(process.exitCode||1),HO).unref()},e*1e3)}),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;expired;get ms(){
return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){try{return await Promise.race([e(),this.expired])}finally{clearTimeout(this.timer)}}async watch(e,r){
this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.waiting.indexOf(e),1)}}};function Qo(t,e,r){return t?
t.watch(e,r):r()}var _b=require("node:child_process"),wb=require("node:fs"),Tb=require("node:util");H();be();v();U();Y();F();pt();Z();Re();Us();v();Y();H();Y();Y();var An="ref",Do=-1,Ms=!0,Cw="isSet",$w="PartitionResult",Fs="booleanEquals",Pe="stringEquals",Lm="getAttr",vw="us-east-1",bw="sigv4",Pw="sts",Ow="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",Nw={[An]:"Endpoint"},Oe={[An]:"Region"},Um={[An]:$w},In={},Dw=[Oe],kw={conditions:[[Cw,[Nw]],[Cw,Dw],["aws.partition",Dw,
$w],[Fs,[{[An]:"UseFIPS"},Ms]],[Fs,[{[An]:"UseDualStack"},Ms]],[Pe,[Oe,"aws-global"]],[Fs,[{[An]:"UseGlobalEndpoint"},Ms]],[Pe,[Oe,"eu-central-1"]],[Fs,[{fn:Lm,
argv:[Um,"supportsDualStack"]},Ms]],[Fs,[{fn:Lm,argv:[Um,"supportsFIPS"]},Ms]],[Pe,[Oe,"ap-south-1"]],[Pe,[Oe,"eu-north-1"]],[Pe,[Oe,"eu-west-1"]],[Pe,[Oe,"eu-w\
est-2"]],[Pe,[Oe,"eu-west-3"]],[Pe,[Oe,"sa-east-1"]],[Pe,[Oe,vw]],[Pe,[Oe,"us-east-2"]],[Pe,[Oe,"us-west-2"]],[Pe,[Oe,"us-west-1"]],[Pe,[Oe,"ca-central-1"]],[Pe,
[Oe,"ap-southeast-1"]],[Pe,[Oe,"ap-northeast-1"]],[Pe,[Oe,"ap-southeast-2"]],[Pe,[{fn:Lm,argv:[Um,"name"]},"aws-us-gov"]]],results:[[Do],["https://sts.amazonaws\
.com",{authSchemes:[{name:bw,signingName:Pw,signingRegion:vw}]}],[Ow,{authSchemes:[{name:bw,signingName:Pw,signingRegion:"{Region}"}]}],[Do,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[Do,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Nw,In],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",In],[Do,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",In],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",In],[Do,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",In],[Do,"DualStack is enabled but this partition does not support DualStack"],[Ow,In],[Do,"Invalid Configuration: Missin\
g Region"]]},YD=2,q=1e8,QD=new Int32Array([-1,1,-1,0,30,3,1,4,q+14,2,5,q+14,3,25,6,4,24,7,5,q+1,8,6,9,q+13,7,q+1,10,10,q+1,11,11,q+1,12,12,q+1,13,13,q+1,14,14,q+
1,15,15,q+1,16,16,q+1,17,17,q+1,18,18,q+1,19,19,q+1,20,20,q+1,21,21,q+1,22,22,q+1,23,23,q+1,q+2,8,q+11,q+12,4,28,26,9,27,q+10,24,q+8,q+9,8,29,q+7,9,q+6,q+7,3,q+
3,31,4,q+4,q+5]),Lw=Qe.from(QD,YD,kw.conditions,kw.results);var ZD=new Ze({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),dc=(t,e={})=>ZD.get(t,()=>$t(Lw,{endpointParams:t,logger:e.logger}));
Ae.aws=lt;var ek=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=oe(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await an(o,{getEndpointParameterInstructions:s},e);return Object.assign(n,i)},tk=async(t,e,r)=>({operation:oe(e).operation,region:await J(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),Uw=ek(tk);function Mw(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function mc(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function Mm(t){return{schemeId:"smithy.api#noAuth"}}var rk=(t,e,r)=>n=>{
let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.name.toLowerCase();return E!==
"sigv4a"&&E.startsWith("sigv4")});if(hr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},ok=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
Mm(t)),e.push(mc(t));break}case"AssumeRoleWithWebIdentity":{e.push(Mm(t)),e.push(mc(t));break}default:e.push(Mw(t)),e.push(mc(t))}return e},Fw=rk(dc,ok,{"aws.au\
th#sigv4":Mw,"aws.auth#sigv4a":mc,"smithy.api#noAuth":Mm}),Hw=t=>{let e=ar(t),r=wn(e);return Object.assign(r,{authSchemePreference:J(t.authSchemePreference??[])})};var Bw=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),zw={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var Gw={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-sts"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service",test:"yarn g:vitest run --passWithNoTests","test:watch":"yarn g:vitest watch --passWithNoTests","test:integration":"yarn g:vi\
test run --passWithNoTests -c vitest.config.integ.mts","test:integration:watch":"yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts","test:e2e":"y\
arn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc -p tsconfig.test.json && node ./tes\
t/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.97","@aws-sdk/signature-v4-multi-region":"^3.996\
.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",
tslib:"^2.6.2"},devDependencies:{"@smithy/snapshot-testing":"^2.4.0","@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"\
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};H();Re();Gm();U();U();var z0="AWS_EC2_METADATA_DISABLED",G0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(wc(),_c));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(tf(),ef));
return Eo(s(t),o(t))}return process.env[z0]&&process.env[z0]!=="false"?async()=>{throw new _("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function j0(t,e){let r=Dk(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var Dk=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var rb=!1,Hn=(t={})=>j0([async()=>{if(t.profile??process.env[Xi])throw process.env[Hs]&&process.env[Bs]&&(rb||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),rb=!0)),new _("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),fc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new _("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Df(),Nf));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(tb(),eb));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Sg(),yg));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(wg(),_g));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await G0(t))()),async()=>{throw new _("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
ob);var ob=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;be();v();U();pt();O();to();Re();Uo();Us();be();Lr();v();F();O();Z();v();var he=class t extends Xe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var hp=class t extends he{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yp=class t extends he{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Sp=class t extends he{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ep=class t extends he{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xp=class t extends he{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rp=class t extends he{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},_p=class t extends he{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wp=class t extends he{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tp=class t extends he{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Ip=class t extends he{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ap=class t extends he{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cp=class t extends he{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},vp=class t extends he{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bp=class t extends he{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pp=class t extends he{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var ZL="Arn",eU="AccessKeyId";var tU="AssumedRoleId";var nb="AssumedRoleUser";var rU="AssumeRoleWithWebIdentity",oU="AssumeRoleWithWebIdentityRequest",nU="AssumeRoleWithWebIdentityResponse";var sU="Audience",sb="Credentials";var iU="DurationSeconds",aU="Expiration";var cU="ExpiredTokenException",pU="ExpiredTradeInTokenException",lU="FederatedProviderArn";var uU="Issuer",dU="InvalidAuthorizationMessageException",mU="InvalidContextAssertionException",fU="IDPCommunicationErrorException",gU="IDPRejectedClaimExceptio\
n",hU="InvalidIdentityTokenException",yU="IdentityProvider",SU="InvalidSubjectCredentialsException",EU="InsufficientSessionLifetimeException",xU="JWTPayloadSize\
ExceededException";var RU="MalformedPolicyDocumentException",_U="MinimumSessionTokenSize";var ib="OriginIdentity",wU="OutboundWebIdentityFederationDisabledException",TU="Policy",IU="PolicyArns";var AU="PolicyDescriptorType",CU="ProviderId",vU="PackedPolicySize",bU="PackedPolicyTooLargeException",PU="Provider",OU="RoleArn",NU="RegionDisabledException",DU="\
RoleSessionName",kU="Subject";var $U="SecretAccessKey";var LU="SessionDurationEscalationException",UU="SubjectFromWebIdentityToken",MU="SourceIdentity";var FU="SubjectType",HU="SessionTokenSize",BU="SessionTokenUtilization",zU="SessionToken";var ab="TransactionContext",cb="TrustedIdentityPropagationContext";var GU="WebIdentityToken",jU="arn",VU="accessKeySecretType",tt="awsQueryError",rt="client",WU="clientTokenType",ot="error",nt="httpError",st="message",qU="origi\
nIdentityIssuerType",KU="originIdentitySubjectType",JU="originIdentitySubjectTypeType",XU="policyDescriptorListType",pb="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",YU="transactionContextIdentityProviderMapType",QU="transactionContextValueType";var W="com.amazonaws.sts",lb=new Q(pb),ZU=[-3,pb,"STSServiceException",0,[],[]];lb.registerError(ZU,he);var je=new Q(W),eM=[-3,W,cU,{[tt]:["ExpiredTokenExceptio\
n",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(eM,hp);var tM=[-3,W,pU,{[tt]:["ExpiredTradeInTokenException",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(
tM,Ip);var rM=[-3,W,fU,{[tt]:["IDPCommunicationError",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(rM,wp);var oM=[-3,W,gU,{[tt]:["IDPRejectedClaim",403],[ot]:rt,
[nt]:403},[st],[0]];je.registerError(oM,Rp);var nM=[-3,W,EU,{[tt]:["InsufficientSessionLifetime",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(nM,Ap);var sM=[
-3,W,dU,{[tt]:["InvalidAuthorizationMessageException",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(sM,Tp);var iM=[-3,W,mU,{[tt]:["InvalidContextAssertion",
400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(iM,yp);var aM=[-3,W,hU,{[tt]:["InvalidIdentityToken",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(aM,_p);
var cM=[-3,W,SU,{[tt]:["InvalidSubjectCredentials",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(cM,Cp);var pM=[-3,W,xU,{[tt]:["JWTPayloadSizeExceededExcept\
ion",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(pM,vp);var lM=[-3,W,RU,{[tt]:["MalformedPolicyDocument",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(
lM,Sp);var uM=[-3,W,wU,{[tt]:["OutboundWebIdentityFederationDisabledException",403],[ot]:rt,[nt]:403},[st],[0]];je.registerError(uM,bp);var dM=[-3,W,bU,{[tt]:["\
PackedPolicyTooLarge",400],[ot]:rt,[nt]:400},[st],[0]];je.registerError(dM,Ep);var mM=[-3,W,NU,{[tt]:["RegionDisabledException",403],[ot]:rt,[nt]:403},[st],[0]];
je.registerError(mM,xp);var fM=[-3,W,LU,{[tt]:["SessionDurationEscalationException",403],[ot]:rt,[nt]:403},[st],[0]];je.registerError(fM,Pp);var ub=[lb,je],gM=[
0,W,VU,8,0],hM=[0,W,WU,8,0],yM=[0,W,qU,8,0],SM=[0,W,KU,8,0],EM=[0,W,JU,8,0];var xM=[0,W,QU,8,0];var RM=[3,W,nb,0,[tU,ZL],[0,0],2];var _M=[3,W,oU,0,[OU,DU,GU,CU,IU,TU,iU,_U],[0,0,[()=>hM,0],0,()=>bM,0,1,1],3],wM=[3,W,nU,0,[sb,UU,nb,vU,PU,sU,MU,BU,HU,cb],[[()=>TM,0],0,()=>RM,1,0,0,0,1,1,[()=>vM,
0]]];var TM=[3,W,sb,0,[eU,$U,zU,aU],[0,[()=>gM,0],0,4],4];var IM=[3,W,ib,0,[kU,FU,uU,lU],[[()=>SM,0],[()=>EM,0],[()=>yM,0],0]],AM=[3,W,AU,0,[jU],[0]];var CM=[3,W,ab,0,[yU],[[()=>PM,0]]],vM=[3,W,cb,8,[ib,ab],[[()=>IM,0],[()=>CM,0]]],bM=[1,W,XU,0,()=>AM];var PM=[2,W,YU,0,[0,0],[()=>xM,0]];var db=[9,W,rU,0,()=>_M,()=>wM];var mb=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??ye,base64Encoder:t?.base64Encoder??de,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??dc,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??Fw,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new pe},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new xe}],logger:t?.
logger??new Ee,protocol:t?.protocol??Lo,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:ub,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??it,signerConstructor:t?.
signerConstructor??hr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ne,utf8Encoder:t?.utf8Encoder??re});var fb=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=mb(t);Et(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(ut,n),bodyLengthChecker:t?.bodyLengthChecker??Rt,credentialDefaultProvider:t?.credentialDefaultProvider??
Hn,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:Gw.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await Hn(i?.__config||{})()),signer:new pe},
{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new xe}],maxAttempts:t?.maxAttempts??w(Vt,t),region:t?.region??w(Ie,{...Ye,...n}),requestHandler:Ne.create(t?.requestHandler??
r),retryMode:t?.retryMode??w({...qt,default:async()=>(await r()).retryMode||et},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??w(Tn,n),streamCollector:t?.
streamCollector??Fe,useDualstackEndpoint:t?.useDualstackEndpoint??w(It,n),useFipsEndpoint:t?.useFipsEndpoint??w(At,n),userAgentAppId:t?.userAgentAppId??w(Xt,n)}};H();v();F();var gb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
hb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var yb=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),gb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),hb(r))};var Op=class extends we{config;constructor(...[e]){let r=fb(e||{});super(r),this.initConfig=r;let o=Bw(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=Hw(c),u=yb(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.
middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),
this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:Uw,identityProviderConfigProvider:async d=>new Be({"aws.auth#sigv4":d.credentials,"aws\
.auth#sigv4a":d.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}};v();Y();var Sb=Nt(zw,"AWSSecurityTokenServiceV20110615","STSClient",nr),Eb={},xb=(t,e,r,o)=>[];var Np=class extends Sb(Eb,xb,"AssumeRoleWithWebIdentity",db){};async function Ib(t){if(t.tokenFile)return{token:Rb(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{token:await OM(t),source:"GitHub OIDC"};
if(t.ci==="circleci")return NM(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:Rb(e),source:`file ${e}`};throw new er("role-to-assume is set but no\
 OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_WEB_IDENTITY_TOKEN_FILE)")}function Rb(t){
let e=(0,wb.readFileSync)(t,"utf8").trim();if(!e)throw new er(`the OIDC token file ${t} is empty`);return e}async function OM(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||
!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)throw new er("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add\
 `permissions: id-token: write` (and `contents: read`) to the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw new tr(`could not ge\
t the GitHub OIDC token: ${e.message}`,"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function NM(t){let e=t.
env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN;if(e)return{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};try{let r=[
"run","oidc","get"];t.audience!==Jl&&r.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:o}=await(0,Tb.promisify)(_b.execFile)("circleci",r,{encoding:"\
utf8"}),n=o.trim();if(n)return{token:n,source:"circleci run oidc get"}}catch{}throw new er("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V\
2 or CIRCLE_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function DM(t){try{
let e=JSON.parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),
sub:r(e.sub),aud:r(e.aud)}}catch{return{}}}async function Ab(t,e,r,o){r.secret(e);let n=new Op(Ui(t.region,void 0,o)),s=new Np({RoleArn:t.roleArn,RoleSessionName:t.
sessionName,WebIdentityToken:e,DurationSeconds:t.durationSeconds});try{let a=(await Qo(o,"STS AssumeRoleWithWebIdentity",()=>n.send(s,{abortSignal:o?.signal}))).
Credentials;if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)throw new tr("STS answered without credentials");return kM({accessKeyId:a.AccessKeyId,secretAccessKey:a.
SecretAccessKey,sessionToken:a.SessionToken,expiration:a.Expiration},r)}catch(i){throw $M(i,t,e)}finally{n.destroy()}}function kM(t,e){for(let r of[t.accessKeyId,
t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function $M(t,e,r){if(t instanceof tr)return t;let o=t,n=DM(r),s=`token iss=${n.iss??"?"} sub=${n.sub??
"?"} aud=${n.aud??"?"}`,i=Mi(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} attempt(s) (${o.name}: ${o.message}\
); ${s}`;return new tr(c,Fi("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}: ${o.message}); ${s}`;switch(o.
name){case"AccessDenied":case"AccessDeniedException":return new tr(a,"the role's trust policy must allow this token: Federated principal for the issuer, `aud` a\
nd `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityToken":case"InvalidIdentityTokenException":return new tr(
a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client id",{cause:t});case"ExpiredTokenException":return new tr(
a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunicationErrorException":return new tr(a,"\
STS could not reach the token issuer; retry the job",{cause:t});default:return new tr(a,void 0,{cause:t})}}var Bn=require("node:fs"),Pb=require("node:os"),Ig=require("node:path");var Cb=3,LM=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
vb=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,bb=t=>t.startsWith(
"-")?`./${t}`:t;function Ob(t){if(t.platform)return"platform";if(t.cache)return"cache";if(t.provenance)return"provenance"}function UM(t,e,r){let o=e?["buildx","\
build"]:["build"];o.push("--file",bb(t.dockerfile));for(let n of t.tags)o.push("--tag",n);for(let[n,s]of Object.entries(t.labels))o.push("--label",`${n}=${s}`);
for(let n of t.buildArgs)o.push("--build-arg",n);return t.target&&o.push("--target",t.target),e&&(t.platform&&o.push("--platform",t.platform),o.push("--provenan\
ce",t.provenance?"mode=max":"false"),t.provenance&&o.push("--sbom","true"),t.cache&&(o.push("--cache-from",`type=registry,ref=${t.cache.ref}`),t.cache.write&&o.
push("--cache-to",`type=registry,ref=${t.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`)),o.push(t.pushFromBuilder?"--push":"--load"),r&&o.push("-\
-metadata-file",r)),o.push(bb(t.context)),o}function MM(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var Jo=class{constructor(e,r,o){this.runner=e;this.
reporter=r;this.deadline=o}runner;reporter;deadline;run(e,r,o){return Qo(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,o))}async check(){
let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0})}catch{throw new er("docker is not installed: no `docker` command o\
n PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.code!==0){let r=e.stderr.trim().
split(`
`).pop()??"";throw new er(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.buildx}async login(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new lr(`docker login to ${e.host}\
 failed: ${Ko(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r?(0,Bn.mkdtempSync)((0,Ig.join)(
(0,Pb.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,Ig.join)(o,"metadata.json"):void 0;try{let s=await this.run("docker",UM(e,r,n),{output:this.reporter.output});if(s.
code!==0)throw new lr(`docker ${r?"buildx build":"build"} failed (exit ${s.code}): ${Ko(s)}`,e.cache?"a registry cache needs a buildx builder with the docker-co\
ntainer driver (GitHub: docker/setup-buildx-action)":void 0);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Bn.readFileSync)(n,"utf8"))["containerimage.diges\
t"]}finally{o&&(0,Bn.rmSync)(o,{recursive:!0,force:!0})}}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new lr(
`docker tag ${e} ${r} failed: ${Ko(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${s.
stdout}
${s.stderr}`;if(s.code===0){let a=MM(i);if(!a)throw new lr(`docker push ${e} printed no digest`);return a}if(vb.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Ko(s)}); logging in again`),await r();continue}if(vb.test(i))throw new lr(`docker push ${e} was refused after a fresh login: ${Ko(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!LM.test(
i)||n>=Cb)throw new lr(`docker push ${e} failed after ${n} attempt(s): ${Ko(s)}`);this.reporter.warning(`docker push failed (${Ko(s)}); retrying (${n}/${Cb-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},FM=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function Ko(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!FM.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var Pg=require("node:fs");H();be();v();U();Y();F();pt();Z();Re();v();var Nb=async(t,e,r)=>({operation:oe(e).operation,region:await J(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function HM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var Db=t=>{let e=[];switch(t.operation){default:e.push(HM(t))}return e},kb=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:J(t.authSchemePreference??
[])})};var $b=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),Lb={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var Ub={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};H();Re();v();U();pt();O();to();Re();Uo();Lr();v();F();O();H();Y();Y();var zn="ref",Xo=-1,Dp=!0,Mb="isSet",Cg="PartitionResult",mo="stringEquals",kp="booleanEquals",Ag="getAttr",Fb={[zn]:"Endpoint"},fo={fn:Ag,argv:[{[zn]:Cg},"n\
ame"]},Hb={[zn]:Cg},Yo={},Bb=[{[zn]:"Region"}],zb={conditions:[[Mb,[Fb]],[Mb,Bb],["aws.partition",Bb,Cg],[mo,[fo,"aws-eusc"]],[mo,[fo,"aws-iso-f"]],[mo,[fo,"aws\
-iso-e"]],[mo,[fo,"aws-iso-b"]],[mo,[fo,"aws-iso"]],[mo,[fo,"aws-cn"]],[mo,[fo,"aws-us-gov"]],[mo,[fo,"aws"]],[kp,[{[zn]:"UseFIPS"},Dp]],[kp,[{fn:Ag,argv:[Hb,"s\
upportsFIPS"]},Dp]],[kp,[{[zn]:"UseDualStack"},Dp]],[kp,[{fn:Ag,argv:[Hb,"supportsDualStack"]},Dp]]],results:[[Xo],[Xo,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[Xo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Fb,Yo],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",Yo],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",Yo],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",Yo],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",Yo],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Yo],[Xo,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[Xo,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",Yo],[Xo,"DualStack is enabled but this partition does not support DualStack"],[Xo,"Invalid Configuration: Missing Region"]]},zM=2,Le=1e8,
GM=new Int32Array([-1,1,-1,0,23,3,1,4,Le+13,2,5,Le+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Le+4,14,Le+11,Le+12,12,18,17,13,
Le+9,Le+10,13,19,Le+6,14,Le+8,Le+9,11,22,21,13,Le+5,Le+4,13,Le+7,Le+6,11,Le+1,24,13,Le+2,Le+3]),Gb=Qe.from(GM,zM,zb.conditions,zb.results);var jM=new Ze({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),jb=(t,e={})=>jM.get(t,()=>$t(Gb,{endpointParams:t,logger:e.logger}));Ae.aws=lt;Z();v();var b=class t extends Xe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var $p=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lp=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Up=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Mp=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fp=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hp=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bp=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},zp=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},jp=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Wp=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Jp=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Qp=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ol=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
il=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},cl=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
pl=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ul=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},gl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},El=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
_l=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
vl=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var VM="AuthorizationData",WM="AuthorizationDataList";var qM="BlockedByOrganizationPolicyException";var KM="BatchGetImage",JM="BatchGetImageRequest",XM="BatchGetImageResponse";var YM="CreateRepository";var QM="CreateRepositoryRequest",ZM="CreateRepositoryResponse";var eF="DescribeRepositoriesRequest",tF="DescribeRepositoriesResponse";var rF="DescribeRepositories";var oF="ExclusionAlreadyExistsException",nF="EncryptionConfiguration";var sF="ExclusionNotFoundException",iF="EmptyUploadException";var aF="GetAuthorizationToken",cF="GetAuthorizationTokenRequest",pF="GetAuthorizationTokenResponse";var lF="Image",uF="ImageArchivedException",dF="ImageAlreadyExistsException";var mF="ImageDigestDoesNotMatchException";var fF="ImageFailure",gF="ImageFailureList",hF="ImageIdentifier",yF="ImageIdentifierList",SF="ImageList",EF="InvalidLayerException",xF="InvalidLayerPartExceptio\
n";var RF="ImageNotFoundException",_F="InvalidParameterException";var wF="ImageScanningConfiguration",TF="ImageStorageClassUpdateNotSupportedException";var IF="ImageTagAlreadyExistsException",AF="ImageTagMutabilityExclusionFilter",CF="ImageTagMutabilityExclusionFilters",vF="InvalidTagParameterException",bF="Key",
PF="KmsException";var OF="LayerAlreadyExistsException",NF="LimitExceededException";var DF="LayerInaccessibleException";var kF="LayersNotFoundException",$F="LifecyclePolicyNotFoundException";var LF="LifecyclePolicyPreviewInProgressException",UF="LifecyclePolicyPreviewNotFoundException";var MF="LayerPartTooSmallException";var FF="PutImage",HF="PutImageRequest",BF="PutImageResponse";var zF="PutLifecyclePolicy",GF="PutLifecyclePolicyRequest",jF="PutLifecyclePolicyResponse";var VF="PullThroughCacheRuleAlreadyExistsException";var WF="PullThroughCacheRuleNotFoundException";var qF="RepositoryAlreadyExistsException",KF="ReplicationBackfillInProgressException",JF="ReplicationBackfillInvalidStatusException",XF="ReplicationBackfillNotF\
oundException";var YF="ReferencedImagesNotFoundException",QF="RepositoryList";var ZF="RepositoryNotEmptyException",e2="RepositoryNotFoundException",t2="RegistryPolicyNotFoundException",r2="RepositoryPolicyNotFoundException";var o2="Repository";var n2="SigningConfigurationNotFoundException";var s2="ServerException";var i2="ScanNotFoundException",a2="SecretNotFoundException";var c2="SetRepositoryPolicy",p2="SetRepositoryPolicyRequest",l2="SetRepositoryPolicyResponse",u2="Tag",d2="TemplateAlreadyExistsException";var m2="TagList",f2="TooManyTagsException",g2="TemplateNotFoundException";var h2="UnsupportedImageTypeException";var y2="UploadNotFoundException";var S2="UnableToAccessSecretException",E2="UnableToDecryptSecretValueException",x2="UnableToGetUpstreamImageException",R2="UnableToGetUpstreamLayerException",_2="\
UnableToListUpstreamImageReferrersException",w2="UnsupportedUpstreamRegistryException",T2="Value",I2="ValidationException";var A2="authorizationData";var C2="acceptedMediaTypes";var v2="authorizationToken";var k="client";var b2="createdAt";var N="error",P2="expiresAt";var Vb="encryptionConfiguration";var O2="encryptionType";var N2="failures";var D2="failureCode";var k2="failureReason";var $2="filterType";var L2="filter";var U2="force",M2="httpError",F2="images";var Wb="imageDigest";var H2="imageIds",qb="imageId",Kb="imageManifest",Jb="imageManifestMediaType";var Xb="imageScanningConfiguration";var Yb="imageTagMutability",Qb="imageTagMutabilityExclusionFilters",Zb="imageTag";var B2="image";var z2="kmsError",G2="kmsKey";var eP="lifecyclePolicyText";var j2="lastValidByteReceived",D="message",V2="maxResults";var tP="nextToken";var W2="proxyEndpoint";var rP="policyText";var q2="repositoryArn";var xr="registryId",K2="registryIds",br="repositoryName",J2="repositoryNames";var X2="repositoryUri";var Y2="repository";var Q2="repositories";var oP="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var Z2="scanOnPush";var eH="server";var tH="tags";var rH="uploadId";var x="com.amazonaws.ecr",nP=new Q(oP),oH=[-3,oP,"ECRServiceException",0,[],[]];nP.registerError(oH,b);var P=new Q(x),nH=[-3,x,qM,{[N]:k},[D],[0]];P.registerError(
nH,_l);var sH=[-3,x,iF,{[N]:k},[D],[0]];P.registerError(sH,Bp);var iH=[-3,x,oF,{[N]:k},[D],[0]];P.registerError(iH,wl);var aH=[-3,x,sF,{[N]:k},[D],[0]];P.registerError(
aH,pl);var cH=[-3,x,dF,{[N]:k},[D],[0]];P.registerError(cH,Sl);var pH=[-3,x,uF,{[N]:k},[D],[0]];P.registerError(pH,Tl);var lH=[-3,x,mF,{[N]:k},[D],[0]];P.registerError(
lH,El);var uH=[-3,x,RF,{[N]:k},[D],[0]];P.registerError(uH,ll);var dH=[-3,x,TF,{[N]:k},[D],[0]];P.registerError(dH,bl);var mH=[-3,x,IF,{[N]:k},[D],[0]];P.registerError(
mH,xl);var fH=[-3,x,EF,{[N]:k},[D],[0]];P.registerError(fH,zp);var gH=[-3,x,xF,{[N]:k},[xr,br,rH,j2,D],[0,0,0,1,0]];P.registerError(gH,Pl);var hH=[-3,x,_F,{[N]:k},
[D],[0]];P.registerError(hH,$p);var yH=[-3,x,vF,{[N]:k},[D],[0]];P.registerError(yH,Qp);var SH=[-3,x,PF,{[N]:k},[D,z2],[0,0]];P.registerError(SH,Gp);var EH=[-3,
x,OF,{[N]:k},[D],[0]];P.registerError(EH,jp);var xH=[-3,x,DF,{[N]:k},[D],[0]];P.registerError(xH,ml);var RH=[-3,x,MF,{[N]:k},[D],[0]];P.registerError(RH,Vp);var _H=[
-3,x,kF,{[N]:k},[D],[0]];P.registerError(_H,fl);var wH=[-3,x,$F,{[N]:k},[D],[0]];P.registerError(wH,rl);var TH=[-3,x,LF,{[N]:k},[D],[0]];P.registerError(TH,Al);
var IH=[-3,x,UF,{[N]:k},[D],[0]];P.registerError(IH,hl);var AH=[-3,x,NF,{[N]:k},[D],[0]];P.registerError(AH,Mp);var CH=[-3,x,VF,{[N]:k},[D],[0]];P.registerError(
CH,qp);var vH=[-3,x,WF,{[N]:k},[D],[0]];P.registerError(vH,ol);var bH=[-3,x,YF,{[N]:k},[D],[0]];P.registerError(bH,Rl);var PH=[-3,x,t2,{[N]:k},[D],[0]];P.registerError(
PH,nl);var OH=[-3,x,KF,{[N]:k},[D],[0]];P.registerError(OH,Cl);var NH=[-3,x,JF,{[N]:k},[D],[0]];P.registerError(NH,vl);var DH=[-3,x,XF,{[N]:k},[D],[0]];P.registerError(
DH,dl);var kH=[-3,x,qF,{[N]:k},[D],[0]];P.registerError(kH,Zp);var $H=[-3,x,ZF,{[N]:k},[D],[0]];P.registerError($H,sl);var LH=[-3,x,e2,{[N]:k},[D],[0]];P.registerError(
LH,Lp);var UH=[-3,x,r2,{[N]:k},[D],[0]];P.registerError(UH,al);var MH=[-3,x,i2,{[N]:k},[D],[0]];P.registerError(MH,ul);var FH=[-3,x,a2,{[N]:k},[D],[0]];P.registerError(
FH,Kp);var HH=[-3,x,s2,{[N]:eH},[D],[0]];P.registerError(HH,Up);var BH=[-3,x,n2,{[N]:k},[D],[0]];P.registerError(BH,cl);var zH=[-3,x,d2,{[N]:k},[D],[0]];P.registerError(
zH,tl);var GH=[-3,x,g2,{[N]:k},[D],[0]];P.registerError(GH,il);var jH=[-3,x,f2,{[N]:k},[D],[0]];P.registerError(jH,el);var VH=[-3,x,S2,{[N]:k},[D],[0]];P.registerError(
VH,Jp);var WH=[-3,x,E2,{[N]:k},[D],[0]];P.registerError(WH,Xp);var qH=[-3,x,x2,{[N]:k},[D],[0]];P.registerError(qH,Fp);var KH=[-3,x,R2,{[N]:k},[D],[0]];P.registerError(
KH,gl);var JH=[-3,x,_2,{[N]:k},[D],[0]];P.registerError(JH,yl);var XH=[-3,x,h2,{[N]:k},[D],[0]];P.registerError(XH,Il);var YH=[-3,x,w2,{[N]:k},[D],[0]];P.registerError(
YH,Yp);var QH=[-3,x,y2,{[N]:k},[D],[0]];P.registerError(QH,Wp);var ZH=[-3,x,I2,{[N]:k,[M2]:400},[D],[0]];P.registerError(ZH,Hp);var sP=[nP,P];var e3=[3,x,VM,0,[v2,P2,W2],[0,4,0]];var t3=[3,x,JM,0,[br,H2,xr,C2],[0,()=>x3,0,64],2],r3=[3,x,XM,0,[F2,N2],[()=>R3,()=>E3]];var o3=[3,x,QM,0,[br,xr,tH,Yb,Qb,Xb,Vb],[0,0,()=>w3,0,()=>lP,()=>cP,()=>iP],1],n3=[3,x,ZM,0,[Y2],[()=>pP]];var s3=[3,x,eF,0,[xr,J2,tP,V2],[0,64,0,1]],i3=[3,x,tF,0,[Q2,tP],[()=>_3,0]];var iP=[3,x,nF,0,[O2,G2],[0,0],1];var a3=[3,x,cF,0,[K2],[64]],c3=[3,x,pF,0,[A2],[()=>S3]];var aP=[3,x,lF,0,[xr,br,qb,Kb,Jb],[0,0,()=>vg,0,0]];var p3=[3,x,fF,0,[qb,D2,k2],[()=>vg,0,0]],vg=[3,x,hF,0,[Wb,Zb],[0,0]];var cP=[3,x,wF,0,[Z2],[2]];var l3=[3,x,AF,0,[$2,L2],[0,0],2];var u3=[3,x,HF,0,[br,Kb,xr,Jb,Zb,Wb],[0,0,0,0,0,0],2],d3=[3,x,BF,0,[B2],[()=>aP]];var m3=[3,x,GF,0,[br,eP,xr],[0,0,0],2],f3=[3,x,jF,0,[xr,br,eP],[0,0,0]];var pP=[3,x,o2,0,[q2,xr,br,X2,b2,Yb,Qb,Xb,Vb],[0,0,0,0,4,0,()=>lP,()=>cP,()=>iP]];var g3=[3,x,p2,0,[br,rP,xr,U2],[0,0,0,2],2],h3=[3,x,l2,0,[xr,br,rP],[0,0,0]];var y3=[3,x,u2,0,[bF,T2],[0,0],2];var S3=[1,x,WM,0,()=>e3];var E3=[1,x,gF,0,()=>p3],x3=[1,x,yF,0,()=>vg],R3=[1,x,SF,0,()=>aP];var lP=[1,x,CF,0,()=>l3];var _3=[1,x,QF,0,()=>pP];var w3=[1,x,m2,0,()=>y3];var uP=[9,x,KM,0,()=>t3,()=>r3];var dP=[9,x,YM,0,()=>o3,()=>n3];var mP=[9,x,rF,0,()=>s3,()=>i3];var fP=[9,x,aF,0,()=>a3,()=>c3];var gP=[9,x,FF,0,()=>u3,()=>d3];var hP=[9,x,zF,0,()=>m3,()=>f3];var yP=[9,x,c2,0,()=>g3,()=>h3];var SP=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??ye,base64Encoder:t?.base64Encoder??de,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??jb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??Db,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new pe}],logger:t?.logger??new Ee,protocol:t?.protocol??Vs,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:sP,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??it,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ne,utf8Encoder:t?.utf8Encoder??
re});var EP=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=SP(t);Et(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(ut,n),bodyLengthChecker:t?.bodyLengthChecker??Rt,credentialDefaultProvider:t?.credentialDefaultProvider??
Hn,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:Ub.version}),maxAttempts:t?.
maxAttempts??w(Vt,t),region:t?.region??w(Ie,{...Ye,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...qt,default:async()=>(await r()).
retryMode||et},t),streamCollector:t?.streamCollector??Fe,useDualstackEndpoint:t?.useDualstackEndpoint??w(It,n),useFipsEndpoint:t?.useFipsEndpoint??w(At,n),userAgentAppId:t?.
userAgentAppId??w(Xt,n)}};H();v();F();var xP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
RP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var _P=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),xP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),RP(r))};var Ol=class extends we{config;constructor(...[e]){let r=EP(e||{});super(r),this.initConfig=r;let o=$b(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=kb(c),u=_P(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.
middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),
this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:Nb,identityProviderConfigProvider:async d=>new Be({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}};v();Y();var gt=Nt(Lb,"AmazonEC2ContainerRegistry_V20150921","ECRClient",nr),ht={},yt=(t,e,r,o)=>[];var Nl=class extends gt(ht,yt,"BatchGetImage",uP){};var Dl=class extends gt(ht,yt,"CreateRepository",dP){};var kl=class extends gt(ht,yt,"DescribeRepositories",mP){};var $l=class extends gt(ht,yt,"GetAuthorizationToken",fP){};var Ll=class extends gt(ht,yt,"PutImage",gP){};var Ul=class extends gt(ht,yt,"PutLifecyclePolicy",hP){};var Ml=class extends gt(ht,yt,"SetRepositoryPolicy",yP){};var T3=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],I3=5,Gn=t=>t?.name??"",bi=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new Ol(Ui(e,r,
n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let r=(await this.call("GetAuthorizati\
onToken",()=>this.ecr.send(new $l(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions))).authorizationData?.[0];if(!r?.authorizationToken||!r.proxyEndpoint)
throw new Ve("ECR returned no authorization data");let o=Buffer.from(r.authorizationToken,"base64").toString("utf8"),n=o.indexOf(":");return{host:r.proxyEndpoint.
replace(/^https?:\/\//,"").replace(/\/+$/,""),username:o.slice(0,n),password:o.slice(n+1)}}async findRepository(e){let r=await this.describe(e);return r&&bg(r,!1)}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new Ve(`repository ${e.repository} does not exist`,"create it, or set c\
reate-repository: true");try{let o=await this.call("CreateRepository",()=>this.ecr.send(new Dl({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.
imageTagMutability,imageTagMutabilityExclusionFilters:A3(e),imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,
kmsKey:e.kmsKey}}),this.sendOptions));return bg(o.repository,!0)}catch(o){if(Gn(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.describe(e.repository);
if(!n)throw o;return bg(n,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){let o=(0,Pg.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLi\
fecyclePolicy",()=>this.ecr.send(new Ul({registryId:this.registryId,repositoryName:e.repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){
let o=(0,Pg.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetRepositoryPolicy",()=>this.ecr.send(new Ml({registryId:this.registryId,repositoryName:e.
repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){let o=new Map,n;try{n=await this.call("BatchGetImage",()=>this.ecr.send(new Nl(
{registryId:this.registryId,repositoryName:e,imageIds:r.map(s=>({imageTag:s})),acceptedMediaTypes:T3}),this.sendOptions))}catch(s){if(Gn(s)==="RepositoryNotFoun\
dException")return o;throw s}for(let s of n.images??[]){let i=s.imageId?.imageTag;i&&s.imageId?.imageDigest&&s.imageManifest&&o.set(i,{digest:s.imageId.imageDigest,
manifest:s.imageManifest,mediaType:s.imageManifestMediaType??""})}return o}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new Ll({registryId:this.
registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(Gn(
n)==="ImageAlreadyExistsException")return;throw Gn(n)==="ImageTagAlreadyExistsException"?new Ve(`tag ${o} already exists in the immutable repository ${e} at ano\
ther image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async describe(e){try{return(await this.call("DescribeReposit\
ories",()=>this.ecr.send(new kl({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(Gn(r)==="RepositoryNotFoundE\
xception")return;throw r}}async call(e,r){try{return await Qo(this.deadline,`ECR ${e}`,r)}catch(o){let n=Gn(o);if(o instanceof Ve||/NotFound|AlreadyExists/.test(
n))throw o;if(n==="CredentialsProviderError")throw new Ve(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, or pro\
vide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=Mi(o);if(s.transient)throw new Ve(`ECR ${e} failed aft\
er ${s.attempts} attempt(s): ${n}: ${o.message}`,Fi("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new Ve(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new Ve(i,void 0,{cause:o})}}};function bg(t,e){
return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),created:e}}function A3(t){return t.imageTagMutability!=="IMMUTABLE_WITH_EXCLUSION"?void 0:(t.tags.length?t.tags:["lates\
t"]).slice(0,I3).map(r=>({filterType:"WILDCARD",filter:r}))}function C3(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(
".*")}$`)}function Og(t,e){let r=t.exclusionFilters.some(o=>C3(o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"\
MUTABLE_WITH_EXCLUSION":return r;default:return!1}}function Fl(t){let e=new Yn(t.options.timeoutSeconds);return e.bound(()=>v3(t,e))}async function v3(t,e){let{options:r,context:o,reporter:n}=t,s=new Jo(t.run,n,
e),i=r.image?void 0:Ob(r),a=Promise.all([s.check(),i?s.hasBuildx():!0]),c=TP(t),[,l]=await a;if(!l)throw new er(`${i} needs docker buildx, which this machine do\
es not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action), or drop the option");r.image||s.hasBuildx();let u=await n.phase("Credentials",()=>IP(
t,c,e)),d=new bi(o.region,u,r.registryId,e);try{return await new Ng(t,s,d).run()}finally{d.close()}}function wP(t){let e=new Yn(t.options.timeoutSeconds);return e.
bound(()=>b3(t,e))}async function b3(t,e){let r=new Jo(t.run,t.reporter,e),o=r.check(),n=TP(t);await o;let s=await t.reporter.phase("Credentials",()=>IP(t,n,e)),
i=new bi(t.context.region,s,t.options.registryId,e);try{return await t.reporter.phase("Login",async()=>{let a=await i.login();return t.onLogin?.(a.host),await r.
login(a),{registry:a.host}})}finally{i.close()}}function TP(t){let{options:e,context:r}=t;if(e.roleToAssume)return Ib({ci:r.ci,audience:e.audience,tokenFile:e.webIdentityTokenFile,
platformToken:t.platformToken,env:t.env}).catch(o=>o)}async function IP(t,e,r){let{options:o,context:n,reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-\
assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;return s.secret(i.token),s.info(`Assuming ${o.roleToAssume} \
as ${n.sessionName} with the OIDC token from ${i.source}`),Ab({roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.roleDurationSeconds,region:n.region},
i.token,s,r)}var Ng=class{constructor(e,r,o){this.req=e;this.docker=r;this.ecr=o;this.o=e.options,this.sha=e.context.commitSha,this.tags=[this.sha,...this.o.tags.
filter(n=>n!==this.sha)]}req;docker;ecr;o;sha;tags;background=[];async run(){try{return await this.steps()}catch(e){throw await Promise.allSettled(this.background),
e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o):this.lookUpRepository(),
this.ecr.images(this.o.repository,this.tags)]));r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=this.o.push?this.inBackground(this.ecr.
applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Og(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(r,o,i),i)return e.
info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(r,i,o)),this.verified(
r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=this.o.push||this.o.cache?this.inBackground(this.login()):void 0;this.o.cache&&await a;let c=await e.phase(this.
o.image?"Tag":"Build",()=>this.produceImage(r));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([a,n]);let l=c??await e.phase("Push",()=>this.docker.
push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let u=(await this.ecr.images(this.o.repository,[this.sha])).
get(this.sha);if(!u||u.digest!==l)throw new Ve(`ECR does not show ${this.sha} at the pushed digest ${l}`);await this.copyTags(r,u,o)}),this.verified(r,l,!0)}inBackground(e){
return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.
ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],created:!1}}async login(){let e=await this.
ecr.login();this.req.onLogin?.(e.host),await this.docker.login(e)}refuseImmutableConflicts(e,r,o){for(let n of this.tags){let s=r.get(n);if(!(!s||!Og(e,n)||o&&s.
digest===o.digest))throw new Ve(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is not the image being delivered`,"immutabl\
e tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e){let r=this.tags.map(c=>`${e.uri}:${c}`);
if(this.o.image){for(let c of r)await this.docker.tag(this.o.image,c);return}Yl(this.o);let o=this.req.context,n={"org.opencontainers.image.revision":this.sha,"\
org.opencontainers.image.created":new Date().toISOString()};o.sourceUrl&&(n["org.opencontainers.image.source"]=o.sourceUrl);let s=await this.docker.hasBuildx(),
i=s&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),a=await this.docker.build({context:this.o.context,dockerfile:Ql(this.o),tags:i?r.slice(0,
1):r,labels:n,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:this.o.cache?{ref:`${e.uri}:buildcache`,write:this.o.push}:void 0,provenance:this.
o.provenance,pushFromBuilder:i},s);if(i&&!a)throw new lr("buildx pushed but reported no digest");return a}async copyTags(e,r,o){let n=this.tags.slice(1).filter(
s=>o.get(s)?.digest!==r.digest);await Promise.all(n.map(s=>this.ecr.putTag(e.name,r,s)))}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.
tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new Ve(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another deliver\
y may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.
uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags.join(","),pushed:String(o)}}};var AP=require("node:child_process"),jn=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].join(" ")}
`);let i=(0,AP.spawn)(t,e,{stdio:"pipe"}),a=[],c=[];i.stdout.on("data",l=>{a.push(l),s?.write(l)}),i.stderr.on("data",l=>{c.push(l),s?.write(l)}),i.stdin.on("er\
ror",()=>{}),i.stdin.end(r.input),i.on("error",n),i.on("close",(l,u)=>o({code:l??(u?128:1),stdout:Buffer.concat(a).toString(),stderr:Buffer.concat(c).toString()}))});var Pi=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{this.timings.push({title:e,seconds:(Date.now()-o)/1e3})}}get totalSeconds(){
return(Date.now()-this.started)/1e3}describe(){let e=this.timings.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.
totalSeconds.toFixed(1)} s`}},Oi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Pi;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e} (${((Date.now()-o)/1e3).toFixed(
1)} s)`),n}};var CP="isPost",vP="registries",Hl=class{clock=new Pi;output=process.stdout;info=e=>Bg(e);warning=e=>zg(e);secret=e=>Kl(e);phase(e,r){return jg(e,()=>this.clock.
time(e,r))}},bP=t=>t[`STATE_${CP}`]==="true";async function PP(){ql(CP,"true");let t=new Hl,e=new Set;try{let r=Jn(s=>Ug(s)),o=Xn(r),n=await Fl({options:r,context:o,
reporter:t,run:jn,env:process.env,platformToken:s=>Wg(s),onLogin:s=>{e.add(s),ql(vP,JSON.stringify([...e]))}});for(let{name:s}of zr)Fg(s,n[s]);P3(n,t.clock)}catch(r){
let o=ki(r);Gg(o.hint?`${o.message}
Hint: ${o.hint}`:o.message)}}async function OP(){let t=JSON.parse(Hg(vP)||"[]"),e=new Jo(jn,new Hl);for(let r of t)await e.logout(r)}function P3(t,e){let r=[["i\
mage",`\`${t.image}\``],["digest",t.digest?`\`${t.digest}\``:"(not pushed)"],["tags",t.tags.split(",").map(o=>`\`${o}\``).join(" ")],["pushed",t.pushed],["timin\
gs",e.describe()]];Vg(["### ecr-deliver","","| | |","|---|---|",...r.map(([o,n])=>`| ${o} | ${n} |`),""].join(`
`))}var VP=require("node:util");var MP=require("node:util");var NP=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],DP=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function O3(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(NP),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(t.push?[...DP,...NP]:DP),[...e].sort()}function Dg(t){return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-\
gov":"aws"}function N3(t){return`arn:${Dg(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function kP(t){let e=[{Sid:"EcrLog\
in",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:O3(t),Resource:N3(t)}];if(t.push&&t.createRepository&&
t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Dg(t.region)}:kms:${t.region}:${t.registryId??t.accountId}\
:key/*`;e.push({Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:CreateGrant","kms:DescribeKey","kms:RetireGrant"],Resource:r})}return{Version:"2012-10-17",
Statement:e}}var D3="token.actions.githubusercontent.com",k3="oidc.circleci.com/org";function $3(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`e\
nvironment:${t.environment}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function L3(t){let e=Dg(t.region),r,o,n;if(t.provider==="github")r=
D3,o=t.audience??"sts.amazonaws.com",n=$3(t);else if(t.provider==="circleci")r=`${k3}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/project/${t.projectId??
"*"}/user/*`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"20\
12-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}
function U3(t){let e=L3(t);return e?{permissionsPolicy:kP(t),trustPolicy:e}:{permissionsPolicy:kP(t)}}var kg=[{name:"repository",value:"NAME",description:"ECR r\
epository the role delivers to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},
{name:"aws-region",value:"REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"\
Account that owns the registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens t\
he role trusts (default: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pin\
ned `aud` (default: sts.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable for\
m OWNER@ID/REPO@ID when its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns\
 allowed)."},{name:"environment",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"\
pull-request",value:"true|false",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"or\
g-id",value:"UUID",description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"UUID",description:"CircleCI project id \
allowed to deliver (default: * = every project of the org)."},{name:"create-repository",value:"true|false",description:"The delivery may create the repository (\
default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"The delivery applies a lifecycle policy (default: false)."},{name:"repository-policy",
value:"FILE|true",description:"The delivery applies a repository policy (default: false)."},{name:"cache",value:"true|false",description:"The delivery uses the \
BuildKit registry cache (default: false)."},{name:"push",value:"true|false",description:"The delivery pushes; false = build-only runs that just look up the repo\
sitory (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs (default\
: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository (default: any key of the account)."},{name:"only",value:"permissions|t\
rust",description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],FP="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",HP="[A-Za-z0-9._-]{1,100}",
M3=new RegExp(`^${FP}/${HP}$`),F3=new RegExp(`^${FP}@\\d{1,20}/${HP}@\\d{1,20}$`),H3=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,B3=/^[^\x00-\x1f\x7f:]{1,255}$/,
$P=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,LP=/^\d{12}$/,z3=/^[\x21-\x7e]{1,256}$/,G3=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/;
function Bl(t,e,r){if(e===void 0)return r;if(/^(true|1)$/i.test(e))return!0;if(/^(false|0)$/i.test(e))return!1;throw new L(t,e,"is not a boolean: use true or fa\
lse")}function UP(t,e){if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new L(t,e,"contains control characters");
return!0}function BP(t,e=process.env){let{values:r,positionals:o}=(0,MP.parseArgs)({args:t,options:Object.fromEntries(kg.map(A=>[A.name,{type:"string"}])),strict:!0,
allowPositionals:!0});if(o.length)throw new L("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let n=A=>{
let $=r[A]?.trim();return $===""?void 0:$},s=(A,$)=>{let me=n(A);if(me===void 0)throw new L(A,"",`is required: ${$}`);return me},i=(A,$,me)=>{let _e=n(A);if(_e!==
void 0&&!$.test(_e))throw new L(A,_e,me);return _e},a=s("repository","the ECR repository the role delivers to"),c=ur.repository(a);if(c)throw new L("repository",
a,c);let l=n("aws-region")??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!l)throw new L("aws-region","","is required: pass --aws-region, or set AWS_REGION");let u=ur.
region(l);if(u)throw new L("aws-region",l,u);let d=s("account-id","the 12-digit AWS account id of the role");if(!LP.test(d))throw new L("account-id",d,"is not a\
n AWS account id (12 digits)");let m=i("registry-id",LP,"is not an AWS account id (12 digits)"),f=["repo","branch","environment","pull-request"].filter(A=>n(A)!==
void 0),g=["org-id","project-id"].filter(A=>n(A)!==void 0),y=n("provider");if(y!==void 0&&!["github","circleci","none"].includes(y))throw new L("provider",y,"is\
 not one of github, circleci, none");let h=y??(f.length?"github":g.length?"circleci":void 0);if(!h)throw new L("provider","","is required: github (with --repo),\
 circleci (with --org-id), or none");let S=h==="github"?g:h==="circleci"?f:[...f,...g];if(S.length)throw new L(S[0],n(S[0]),`does not apply to --provider ${h}`);
let E=i("audience",z3,"is not a valid audience: 1\u2013256 printable characters, no spaces"),R={repository:a,region:l,accountId:d,registryId:m,provider:h,audience:E,
createRepository:Bl("create-repository",n("create-repository"),!0),lifecyclePolicy:UP("lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:UP("repository-\
policy",n("repository-policy")),cache:Bl("cache",n("cache"),!1),push:Bl("push",n("push"),!0),encryptionType:"AES256"},T=n("encryption-type")?.toUpperCase();if(T!==
void 0&&T!=="AES256"&&T!=="KMS")throw new L("encryption-type",n("encryption-type"),"is not one of AES256, KMS");if(R.encryptionType=T??"AES256",R.kmsKey=i("kms-\
key",G3,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:key/\u2026`"),R.kmsKey&&R.encryptionType!=="KMS")throw new L("kms-key",R.kmsKey,
"needs --encryption-type KMS");if(h==="github"){let A=s("repo","the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!M3.test(A)&&!F3.test(A))throw new L(
"repo",A,"is not a GitHub repository like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids");R.repo=A,R.environment=i("environ\
ment",B3,"is not a GitHub environment name (1\u2013255 characters, no `:`)");let $=n("branch")?.replace(/^refs\/heads\//,"");if($!==void 0&&R.environment!==void 0)
throw new L("branch",$,"cannot be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if($!==void 0&&!H3.test($))
throw new L("branch",$,"is not a git branch name");if(R.pullRequest=Bl("pull-request",n("pull-request"),!1),R.pullRequest&&($!==void 0||R.environment!==void 0))
throw new L("pull-request",n("pull-request"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_requ\
est`");R.environment===void 0&&!R.pullRequest&&(R.branch=$??"main")}else if(h==="circleci"){let A=s("org-id","the CircleCI organization id (a UUID, Organization\
 Settings > Overview)");if(!$P.test(A))throw new L("org-id",A,"is not a CircleCI organization id (a lowercase UUID)");R.orgId=A;let $=n("project-id")??"*";if($!==
"*"&&!$P.test($))throw new L("project-id",$,"is not a CircleCI project id (a lowercase UUID) or `*`");R.projectId=$}let I=n("only");if(I!==void 0&&I!=="permissi\
ons"&&I!=="trust")throw new L("only",I,"is not one of permissions, trust");if(I==="trust"&&h==="none")throw new L("only",I,"needs a --provider: `none` has no tr\
ust policy");return{request:R,only:I}}function zP(t,e){let r=U3(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,
null,2)}
`}var Ni=t=>e=>t[Li(e)];function zl(t){let e=ki(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Gl(t,e){let r=new Oi(process.stderr);try{let o=Jn(t),n=Xn(o),s=await Fl({options:o,context:n,reporter:r,run:jn,env:process.env});return r.
info(V3(s,r.clock)),e(s),0}catch(o){return zl(o)}}async function jl(t,e){let r=new Oi(process.stderr);try{let o=Jn(t,"login"),n=Xn(o,process.env,"login"),{registry:s}=await wP(
{options:o,context:n,reporter:r,run:jn,env:process.env});return r.info(GP(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return zl(o)}}function j3(t){
return t.pushed==="true"?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}
function V3(t,e){let r=t.pushed==="true"?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,o=zr.map(({name:n})=>[n,
n==="pushed"?j3(t):t[n]||"-"]);return GP(r,o,e)}function GP(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliv\
er: ${t} \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var jP="0.1.0";var WP=["iam-policy","login"];function $g(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+1+s.length>r?(o.push(n),n=s):
n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function q3(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...Kn.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${$g(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${zr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function K3(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"","Options (also as ECR_DELIVER_<OPTI\
ON>):",...Kn.filter(e=>$i.includes(e.name)).map(e=>`  --${e.name} <value>
${$g(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function J3(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID [--project-id UUID]                             (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache true]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the rep\
ository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...kg.map(t=>`  --${t.name} ${t.value}
${$g(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function qP(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${Wn(s)} is not a command or flag: use ${WP.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function X3(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,VP.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${qP(o,r)}
`),process.exitCode=2;return}}function Y3(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${J3()}
`),0;try{let{request:e,only:r}=BP(t.filter(o=>o!=="--json"));return process.stdout.write(zP(e,r)),0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.
stderr.write(`ecr-deliver: ${qP(e,"iam-policy")}
`),2):zl(e)}}async function KP(t){let e=WP.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=Y3(t.slice(1));return}let r=e?t.slice(1):t,o=X3(r,e==="lo\
gin"?$i:Kn.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?K3():q3()}
`);if(o.version)return void process.stdout.write(`${jP}
`);let n=Ni(process.env);if(e==="login"){let i=a=>$i.includes(a)?o[a]??n(a):void 0;process.exitCode=await jl(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Gl(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(i)}
`)})}var YP=require("node:fs");var Q3=["deliver","login"],JP="ECR_DELIVER_COMMAND",Z3=t=>`'${t.replace(/'/g,"'\\''")}'`,QP=(t,e)=>`export ${Li(t)}=${Z3(e)}
`;function eB(t){return zr.map(({name:e})=>QP(e,t[e]??"")).join("")}function XP(t,e){t.BASH_ENV?(0,YP.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warnin\
g: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function ZP(t=process.env){let e=t[JP]||"deliver";e==="login"?process.exitCode=await jl(Ni(t),r=>XP(t,QP("registry",r))):e==="deliver"?process.exitCode=
await Gl(Ni(t),r=>XP(t,eB(r))):(process.stderr.write(`ecr-deliver: ${JP}: ${Wn(e)} is not one of ${Q3.join(", ")}
`),process.exitCode=2)}async function tB(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?bP(
t)?OP():PP():e.length===0&&t.CIRCLECI==="true"?ZP():KP(e)}tB();
